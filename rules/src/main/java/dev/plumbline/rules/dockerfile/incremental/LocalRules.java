package dev.plumbline.rules.dockerfile.incremental;

import java.util.Set;

/**
 * The Dockerfile rules whose findings about a stage depend only on that stage, the stages it is built
 * on, the text before the first FROM and the FROM lines, and whose fixes edit only that stage (see
 * {@link DockerfileParts}). A rule not listed, and any new rule, runs on the whole file every time.
 *
 * <p>A part-local rule names no line numbers in its messages (another instruction it relates to is a
 * related place, which moves with the stage), so its findings stay true when the stage moves.
 *
 * <p>Left out, and why: {@code duplicate-stage-name} names the line of another stage; {@code copy-from-self},
 * {@code unused-stage} and {@code single-stage-build} relate a stage to the stages that use it;
 * {@code root-user} and {@code user-not-numeric} report a USER in a stage the final stage is built on,
 * which a later stage can override; {@code stage-name-casing} fixes references in other stages;
 * {@code misplaced-directive} fixes the top of the file; {@code label-required} reads the last stage's
 * labels; {@code shellcheck} runs an
 * external program whose answer (or time-out) should not be kept.
 * {@code LocalRulesTest} checks each listed rule on a view of each stage against the whole file.
 */
final class LocalRules {

    static final Set<String> LOCAL = Set.of(
            "dockerfile/add-instead-of-copy", "dockerfile/add-remote-unverified", "dockerfile/apk-no-cache",
            "dockerfile/apt-install-recommends", "dockerfile/apt-lists-not-removed", "dockerfile/apt-not-apt-get",
            "dockerfile/cd-in-run", "dockerfile/chmod-world-writable", "dockerfile/cmd-shell-form", "dockerfile/consecutive-run",
            "dockerfile/copy-from-unknown-stage", "dockerfile/copy-ignored-file", "dockerfile/copy-relative-no-workdir", "dockerfile/copy-sensitive-file",
            "dockerfile/copy-source-missing", "dockerfile/copy-then-extract", "dockerfile/copy-whole-filesystem",
            "dockerfile/copy-without-chown", "dockerfile/curl-pipe-shell", "dockerfile/curl-without-fail",
            "dockerfile/definition-description-format", "dockerfile/directive-casing",
            "dockerfile/empty-continuation-line", "dockerfile/env-self-reference", "dockerfile/expose-host-mapping",
            "dockerfile/expose-invalid-port", "dockerfile/expose-proto-casing", "dockerfile/from-as-casing",
            "dockerfile/from-platform-constant", "dockerfile/gem-unpinned", "dockerfile/go-install-unpinned",
            "dockerfile/hardcoded-secret", "dockerfile/image-not-digest-pinned", "dockerfile/insecure-download",
            "dockerfile/install-without-yes", "dockerfile/instruction-casing",
            "dockerfile/invalid-default-arg-in-from", "dockerfile/json-single-quotes",
            "dockerfile/label-key-invalid", "dockerfile/label-not-in-schema", "dockerfile/label-schema-value", "dockerfile/latest-tag",
            "dockerfile/legacy-key-value", "dockerfile/ln-bin-sh", "dockerfile/lockfile-not-enforced",
            "dockerfile/maintainer-deprecated", "dockerfile/missing-dockerignore", "dockerfile/missing-healthcheck",
            "dockerfile/missing-lockfile", "dockerfile/missing-pipefail", "dockerfile/missing-user",
            "dockerfile/multiple-cmd", "dockerfile/multiple-entrypoint", "dockerfile/multiple-healthcheck",
            "dockerfile/npm-install", "dockerfile/npm-unpinned", "dockerfile/os-package-unpinned",
            "dockerfile/package-cache-not-cleaned", "dockerfile/pip-install-unlocked", "dockerfile/pip-no-cache-dir",
            "dockerfile/pip-unpinned", "dockerfile/pointless-command", "dockerfile/redundant-target-platform",
            "dockerfile/reserved-stage-name", "dockerfile/sdk-image-in-final-stage", "dockerfile/secret-in-arg",
            "dockerfile/secret-in-env", "dockerfile/sudo", "dockerfile/syntax-argument-count",
            "dockerfile/syntax-copy-destination", "dockerfile/syntax-directive", "dockerfile/syntax-error",
            "dockerfile/syntax-flag-value", "dockerfile/syntax-from", "dockerfile/syntax-image-reference",
            "dockerfile/syntax-instruction-before-from",
            "dockerfile/syntax-invalid-argument", "dockerfile/syntax-key-value", "dockerfile/syntax-onbuild-trigger",
            "dockerfile/syntax-unknown-flag", "dockerfile/syntax-unknown-instruction",
            "dockerfile/undefined-arg-in-from", "dockerfile/undefined-var", "dockerfile/untagged-image",
            "dockerfile/untrusted-registry", "dockerfile/useradd-large-uid", "dockerfile/wget-progress",
            "dockerfile/workdir-relative", "dockerfile/zypper-dist-upgrade");

    private LocalRules() {
    }

    static boolean isLocal(String ruleId) {
        return LOCAL.contains(ruleId);
    }
}
