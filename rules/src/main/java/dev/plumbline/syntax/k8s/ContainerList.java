package dev.plumbline.syntax.k8s;

/** The three lists of containers a pod spec can hold. */
public enum ContainerList {
    CONTAINERS("containers", "Container"),
    INIT_CONTAINERS("initContainers", "Init container"),
    EPHEMERAL_CONTAINERS("ephemeralContainers", "Ephemeral container");

    private final String key;
    private final String noun;

    ContainerList(String key, String noun) {
        this.key = key;
        this.noun = noun;
    }

    /** The pod spec key, e.g. {@code initContainers}. */
    public String key() {
        return key;
    }

    /** How a message names a container of this list, e.g. {@code Init container}. */
    public String noun() {
        return noun;
    }
}
