package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.k8s.support.HostPathVolumes;
import dev.plumbline.rules.k8s.support.MappingEdits;
import dev.plumbline.rules.k8s.support.MergeEdits;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * Any hostPath volume (off by default: node agents need them), reported on its {@code hostPath} key;
 * and each container mount of one that is not read-only, reported on the mount with a fix that adds
 * {@code readOnly: true}.
 */
public final class HostPathVolumeRule implements Rule<KubernetesFile> {

    static final PeerId POL = PeerId.of(PeerId.POLARIS, "hostPathSet");
    static final PeerId KL = PeerId.of(PeerId.KUBE_LINTER, "writable-host-mount");
    static final RuleMeta META = RuleMeta.of("k8s/host-path-volume", "Pod mounts a directory of the node",
            Severity.INFORMATION, Language.KUBERNETES, POL, KL).offByDefault();

    static final String FIX_TITLE = "Mount it read-only";
    private static final List<NewEntry> READ_ONLY = List.of(NewEntry.scalar("readOnly", "true"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        for (PodSpec pod : context.model().podSpecs()) {
            for (HostPathVolumes.Volume volume : HostPathVolumes.of(pod)) {
                String path = volume.path().map(p -> HostPathVolumes.normalize(p.value())).orElse("");
                context.report(volume.hostPath().key().range(), volume.describe() + " mounts "
                        + (path.isEmpty() ? "a directory of the node" : "the node's " + path) + " into the pod")
                        .peers(POL);
                for (HostPathVolumes.Mount mount : HostPathVolumes.mounts(pod, volume)) {
                    if (mount.writable()) {
                        reportWritable(context, volume, path, mount);
                    }
                }
            }
        }
    }

    private static void reportWritable(RuleContext<KubernetesFile> context, HostPathVolumes.Volume volume, String path,
            HostPathVolumes.Mount mount) {
        Range range = KubeYaml.entry(mount.mount(), "name").filter(e -> mount.container().writtenInside(e.key()))
                .map(YamlEntry::range).orElse(mount.mount().range());
        RuleContext<KubernetesFile>.Report report = context.report(range, mount.container().describe() + " mounts "
                + volume.describe() + (path.isEmpty() ? "" : " (" + path + ")")
                + " writable, so it can change files on the node").peers(KL);
        if (mount.container().writtenInside(mount.mount())) {
            int step = MappingEdits.indentStep(mount.container().mapping(), mount.container().pod().resource().root());
            Optional<List<TextEdit>> edits = MergeEdits.merge(mount.mount(), READ_ONLY, context.document(), step);
            edits.ifPresent(e -> report.fix(new Fix(FIX_TITLE, e)));
        }
    }
}
