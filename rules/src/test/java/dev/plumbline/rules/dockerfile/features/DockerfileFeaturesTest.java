package dev.plumbline.rules.dockerfile.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.HoverText;
import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.features.TargetLocation;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hover, completion, outline and navigation over parsed Dockerfiles, with exact positions. */
class DockerfileFeaturesTest {

    private static final String URI = "file:///project/Dockerfile";
    private static final DockerfileFeatures FEATURES = new DockerfileFeatures();

    private static final String MULTI = """
            # syntax=docker/dockerfile:1
            ARG BASE=golang
            ARG TAG=1.22
            FROM ${BASE}:${TAG} AS build
            ARG TAG
            ENV OUT=/out
            RUN go build -o $OUT/app ./cmd/${TAG}
            FROM alpine:3.19
            COPY --from=build /out/app /app
            RUN --mount=type=cache,from=build,target=/c echo
            """;

    // ---- hover ---------------------------------------------------------------------------------------

    @Test
    void hoverExplainsAnInstructionOverItsKeyword() {
        HoverText hover = hover("FROM alpine\nrun echo\n", 1, 1).orElseThrow();
        assertTrue(hover.markdown().startsWith("**RUN** — Runs a command while building"), hover.markdown());
        assertEquals(Range.of(1, 0, 1, 3), hover.range());
    }

    @Test
    void hoverExplainsEveryInstructionKeyword() {
        for (DockerfileReference.InstructionDoc doc : DockerfileReference.instructions()) {
            String text = "FROM a\n" + doc.name() + " x\n";
            HoverText hover = hover(text, 1, 0).orElseThrow(() -> new AssertionError(doc.name()));
            assertTrue(hover.markdown().startsWith("**" + doc.name() + "**"), hover.markdown());
        }
    }

    @Test
    void hoverExplainsAFlagAndTheTriggerOfAnOnbuild() {
        HoverText flag = hover("FROM a\nCOPY --chown=app:app a /b\n", 1, 7).orElseThrow();
        assertTrue(flag.markdown().startsWith("**`--chown=<user>[:<group>]`** (COPY flag)"), flag.markdown());
        assertEquals(Range.of(1, 5, 1, 12), flag.range());

        HoverText trigger = hover("FROM a\nONBUILD RUN make\n", 1, 9).orElseThrow();
        assertTrue(trigger.markdown().startsWith("**RUN**"), trigger.markdown());
        assertEquals(Range.of(1, 8, 1, 11), trigger.range());
    }

    @Test
    void hoverExplainsAParserDirective() {
        HoverText hover = hover(MULTI, 0, 4).orElseThrow();
        assertTrue(hover.markdown().startsWith("**`# syntax=`** (parser directive)"), hover.markdown());
        assertEquals(Range.of(0, 0, 0, 28), hover.range());
    }

    @Test
    void hoverExplainsAMountOption() {
        HoverText hover = hover(MULTI, 9, 15).orElseThrow();
        assertEquals("**`type=cache`** — A directory that persists between builds (package manager and compiler"
                + " caches); never part of the image.", hover.markdown());
        assertEquals(Range.of(9, 12, 9, 22), hover.range());
    }

    @Test
    void hoverOnAVariableGivesItsValueAndWhereItIsDefined() {
        HoverText inFrom = hover(MULTI, 3, 16).orElseThrow();
        assertTrue(inFrom.markdown().startsWith("**`$TAG`** = `1.22`\n\nDeclared by `ARG TAG=1.22` on line 3"),
                inFrom.markdown());
        assertEquals(Range.of(3, 15, 3, 18), inFrom.range());

        HoverText inStage = hover(MULTI, 6, 18).orElseThrow();
        assertTrue(inStage.markdown().startsWith("**`$OUT`** = `/out`\n\nDeclared by `ENV OUT=/out` on line 6 in stage"
                + " `build`."), inStage.markdown());
        assertEquals(Range.of(6, 17, 6, 20), inStage.range());

        HoverText broughtIn = hover(MULTI, 6, 35).orElseThrow();
        assertTrue(broughtIn.markdown().startsWith("**`$TAG`** = `1.22`"), broughtIn.markdown());
        assertTrue(broughtIn.markdown().contains("It brings in the global `ARG TAG` of line 3"), broughtIn.markdown());
    }

    @Test
    void hoverOnAStageReferenceDescribesTheStage() {
        HoverText hover = hover(MULTI, 8, 14).orElseThrow();
        assertTrue(hover.markdown().startsWith("**Stage `build`** — stage 0 of 2"), hover.markdown());
        assertTrue(hover.markdown().contains("Built on the image `golang:1.22`."), hover.markdown());
        assertEquals(Range.of(8, 12, 8, 17), hover.range());
    }

    @Test
    void hoverOnAnImageShowsItsParts() {
        String text = "FROM registry.example.com:5000/team/app:1.2@sha256:" + "a".repeat(64) + "\n";
        HoverText hover = hover(text, 0, 8).orElseThrow();
        assertTrue(hover.markdown().contains("| registry | `registry.example.com:5000` |"), hover.markdown());
        assertTrue(hover.markdown().contains("| repository | `team/app` |"), hover.markdown());
        assertTrue(hover.markdown().contains("| tag | `1.2` |"), hover.markdown());
        assertTrue(hover.markdown().contains("Pinned by digest"), hover.markdown());

        HoverText official = hover("FROM nginx\n", 0, 6).orElseThrow();
        assertTrue(official.markdown().contains("| repository | `library/nginx` (an official image) |"),
                official.markdown());
        assertTrue(official.markdown().contains("| tag | none: `latest` is pulled |"), official.markdown());
        assertEquals(Range.of(0, 5, 0, 10), official.range());
    }

    @Test
    void noHoverOnPlainArgumentsOrOutsideTheFile() {
        assertEquals(Optional.empty(), hover("FROM a\nRUN echo hi\n", 1, 6));
        assertEquals(Optional.empty(), hover("", 0, 0));
    }

    // ---- completion ------------------------------------------------------------------------------------

    @Test
    void completesInstructionsAtTheStartOfALine() {
        List<CompletionCandidate> items = complete("FROM a\nRU\n", 1, 2);
        assertEquals(DockerfileReference.instructions().size(), items.size());
        CompletionCandidate run = items.stream().filter(c -> c.label().equals("RUN")).findFirst().orElseThrow();
        assertEquals(Range.of(1, 0, 1, 2), run.replace());
        assertEquals("RUN ${1:command}", run.insertText());
        assertTrue(run.snippet());

        List<String> afterOnbuild = labels(complete("FROM a\nONBUILD \n", 1, 8));
        assertTrue(afterOnbuild.contains("RUN"));
        assertTrue(!afterOnbuild.contains("FROM") && !afterOnbuild.contains("ONBUILD"), afterOnbuild.toString());
        assertEquals(labels(complete("", 0, 0)).size(), DockerfileReference.instructions().size());
    }

    @Test
    void completesTheFlagsOfTheInstructionLeavingOutOnesAlreadyGiven() {
        List<CompletionCandidate> items = complete("FROM a\nCOPY --link --\n", 1, 14);
        assertEquals(List.of("--from", "--chown", "--chmod", "--parents", "--exclude"), labels(items));
        assertEquals(Range.of(1, 12, 1, 14), items.get(0).replace());
        assertEquals("--from=", items.get(0).insertText());
    }

    @Test
    void completesStageNamesAfterFromAndInFrom() {
        String text = "FROM golang AS build\nFROM node AS web\nCOPY --from=b\nFROM \n";
        List<CompletionCandidate> copy = complete(text, 2, 13);
        assertEquals(List.of("build"), labels(copy));
        assertEquals(Range.of(2, 12, 2, 13), copy.get(0).replace());

        assertEquals(List.of("build", "web", "scratch"), labels(complete(text, 3, 5)));
        assertEquals(List.of("build"), labels(complete(MULTI, 9, 29)));
    }

    @Test
    void completesFlagValuesAndMountOptions() {
        assertEquals(List.of("default", "none", "host"), labels(complete("FROM a\nRUN --network=\n", 1, 14)));
        assertEquals(List.of("bind", "cache", "tmpfs", "secret", "ssh"),
                labels(complete("FROM a\nRUN --mount=type=\n", 1, 17)));
        List<CompletionCandidate> keys = complete("FROM a\nRUN --mount=type=cache,ta\n", 1, 25);
        CompletionCandidate target = keys.stream().filter(c -> c.label().equals("target")).findFirst().orElseThrow();
        assertEquals(Range.of(1, 23, 1, 25), target.replace());
        assertEquals("target=${1:/path}", target.insertText());
    }

    @Test
    void completesTheVariablesInScope() {
        List<CompletionCandidate> inStage = complete(MULTI.replace("./cmd/${TAG}", "./cmd/${T"), 6, 34);
        assertEquals(List.of("TAG", "OUT"), labels(inStage));
        assertEquals(Range.of(6, 33, 6, 34), inStage.get(0).replace());

        List<String> inFrom = labels(complete("ARG V=1\nFROM alpine:$\n", 1, 13));
        assertEquals("V", inFrom.get(0));
        assertTrue(inFrom.contains("TARGETPLATFORM"), inFrom.toString());
    }

    @Test
    void eachCandidateSaysHowMuchOfTheWordUnderTheCursorItOverwrites() {
        CompletionCandidate keyword = complete("FROM a\nRU echo\n", 1, 1).get(0);
        assertEquals(Range.of(1, 0, 1, 1), keyword.replace());
        assertEquals(Range.of(1, 0, 1, 2), keyword.replaceWhole());

        CompletionCandidate variable = complete("FROM a\nARG HOME=/h\nRUN ls ${HOME}/bin\n", 2, 10).get(0);
        assertEquals(Range.of(2, 9, 2, 10), variable.replace());
        assertEquals(Range.of(2, 9, 2, 13), variable.replaceWhole());

        // a key=value proposal overwrites the value that follows too; the next field stays
        CompletionCandidate mount = complete("FROM a\nRUN --mount=ty=cache,target=/x make\n", 1, 14).stream()
                .filter(c -> c.label().equals("type")).findFirst().orElseThrow();
        assertEquals(Range.of(1, 12, 1, 14), mount.replace());
        assertEquals(Range.of(1, 12, 1, 20), mount.replaceWhole());

        CompletionCandidate atEnd = complete("FROM a\nRU\n", 1, 2).get(0);
        assertEquals(atEnd.replace(), atEnd.replaceWhole());
    }

    @Test
    void completesDirectivesOnlyAtTheTop() {
        List<CompletionCandidate> items = complete("# sy\nFROM a\n", 0, 4);
        assertEquals(List.of("syntax", "escape", "check"), labels(items));
        assertEquals(Range.of(0, 2, 0, 4), items.get(0).replace());
        assertEquals("syntax=", items.get(0).insertText());
        assertEquals(List.of("\\", "`"), labels(complete("# escape=\nFROM a\n", 0, 9)));
        assertEquals(List.of(), complete("FROM a\n# sy\n", 1, 4));
    }

    // ---- outline -----------------------------------------------------------------------------------

    @Test
    void outlineListsGlobalArgsThenStagesWithTheirInstructions() {
        List<OutlineSymbol> outline = FEATURES.outline(parse(MULTI), document(MULTI));
        assertEquals(List.of("ARG BASE", "ARG TAG", "build", "alpine:3.19"), outline.stream().map(OutlineSymbol::name).toList());
        OutlineSymbol build = outline.get(2);
        assertEquals(OutlineSymbol.Kind.CLASS, build.kind());
        assertEquals("stage 0 FROM ${BASE}:${TAG}", build.detail());
        assertEquals(Range.of(3, 0, 6, 37), build.range());
        assertEquals(Range.of(3, 23, 3, 28), build.selectionRange());
        assertEquals(List.of("ARG TAG", "ENV OUT", "RUN"), build.children().stream().map(OutlineSymbol::name).toList());
        assertEquals("go build -o $OUT/app ./cmd/${TAG}", build.children().get(2).detail());
        assertEquals(Range.of(7, 5, 7, 16), outline.get(3).selectionRange());
        assertEquals(List.of(), FEATURES.outline(parse(""), document("")));
    }

    // ---- navigation --------------------------------------------------------------------------------

    @Test
    void stageReferencesLeadToTheStageName() {
        assertEquals(List.of(Range.of(3, 23, 3, 28)), definition(MULTI, 8, 14));
        assertEquals(List.of(Range.of(3, 23, 3, 28)), definition(MULTI, 9, 31));
        assertEquals(List.of(Range.of(8, 12, 8, 17), Range.of(9, 28, 9, 33)), references(MULTI, 3, 25, false));
        assertEquals(List.of(Range.of(3, 23, 3, 28), Range.of(8, 12, 8, 17), Range.of(9, 28, 9, 33)),
                highlights(MULTI, 8, 13));
    }

    @Test
    void aStageUsedByIndexLeadsToItsFrom() {
        String text = "FROM golang\nFROM alpine\nCOPY --from=0 /a /b\n";
        assertEquals(List.of(Range.of(0, 5, 0, 11)), definition(text, 2, 12));
        assertEquals(List.of(Range.of(0, 5, 0, 11), Range.of(2, 12, 2, 13)), highlights(text, 2, 12));
    }

    @Test
    void variableUsesLeadToTheirDeclarations() {
        assertEquals(List.of(Range.of(2, 4, 2, 7)), definition(MULTI, 3, 16));
        // the stage's bare ARG TAG brings the global one in: both are where the value comes from
        assertEquals(List.of(Range.of(2, 4, 2, 7), Range.of(4, 4, 4, 7)), definition(MULTI, 6, 35));
        assertEquals(List.of(Range.of(5, 4, 5, 7)), definition(MULTI, 6, 18));
    }

    @Test
    void referencesOfAVariableFollowItIntoTheStagesThatBringItIn() {
        assertEquals(List.of(Range.of(3, 15, 3, 18), Range.of(6, 33, 6, 36)), references(MULTI, 2, 5, false));
        assertEquals(List.of(Range.of(2, 4, 2, 7), Range.of(3, 15, 3, 18), Range.of(4, 4, 4, 7), Range.of(6, 33, 6, 36)),
                highlights(MULTI, 6, 35));
        assertEquals(List.of(Range.of(1, 4, 1, 8), Range.of(3, 7, 3, 11)), highlights(MULTI, 1, 5));
    }

    @Test
    void variablesInAnOnbuildTriggerReadTheEnvTheImageCarries() {
        String text = "FROM node:22\nARG MODE=dev\nONBUILD RUN echo $APP_HOME $MODE\nENV APP_HOME=/srv\n";
        // the ENV after the ONBUILD is in the image too, so the downstream build sees it
        HoverText fromEnv = hover(text, 2, 19).orElseThrow();
        assertTrue(fromEnv.markdown().startsWith("**`$APP_HOME`** — in an `ONBUILD` trigger: expanded when another"
                + " build uses this image as its base. This image's `ENV APP_HOME` gives it the value `/srv` there,"
                + " unless that build declares it again."), fromEnv.markdown());
        assertEquals(Range.of(2, 18, 2, 26), fromEnv.range());
        assertEquals(List.of(Range.of(3, 4, 3, 12)), definition(text, 2, 20));
        assertEquals(List.of(Range.of(2, 18, 2, 26)), references(text, 3, 5, false));

        // an ARG ends with its build: the trigger cannot read it
        HoverText fromArg = hover(text, 2, 29).orElseThrow();
        assertTrue(fromArg.markdown().contains("No `ENV` of this image sets it, so that build's own `ARG` or `ENV`"
                + " (or the shell's environment) decides its value."), fromArg.markdown());
        assertEquals(List.of(), definition(text, 2, 29));
        assertEquals(List.of(), references(text, 1, 5, false));
    }

    @Test
    void nothingToNavigateOnPlainText() {
        assertEquals(List.of(), definition(MULTI, 6, 6));
        assertEquals(List.of(), references(MULTI, 6, 6, true));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static TextDocument document(String text) {
        return TextDocument.of(URI, "dockerfile", 1, text);
    }

    private static Dockerfile parse(String text) {
        return DockerfileParser.parse(document(text));
    }

    private static Optional<HoverText> hover(String text, int line, int character) {
        return FEATURES.hover(parse(text), document(text), new Position(line, character));
    }

    private static List<CompletionCandidate> complete(String text, int line, int character) {
        TextDocument document = document(text);
        return FEATURES.complete(DockerfileParser.parse(document), document, new Position(line, character));
    }

    private static List<String> labels(List<CompletionCandidate> items) {
        return items.stream().map(CompletionCandidate::label).toList();
    }

    private static List<Range> definition(String text, int line, int character) {
        TextDocument document = document(text);
        return ranges(FEATURES.definition(DockerfileParser.parse(document), document, new Position(line, character)));
    }

    private static List<Range> references(String text, int line, int character, boolean declaration) {
        TextDocument document = document(text);
        return ranges(FEATURES.references(DockerfileParser.parse(document), document, new Position(line, character),
                declaration));
    }

    private static List<Range> highlights(String text, int line, int character) {
        TextDocument document = document(text);
        return FEATURES.highlights(DockerfileParser.parse(document), document, new Position(line, character));
    }

    private static List<Range> ranges(List<TargetLocation> locations) {
        assertTrue(locations.stream().allMatch(l -> l.uri().equals(URI)));
        return locations.stream().map(TargetLocation::range).toList();
    }
}
