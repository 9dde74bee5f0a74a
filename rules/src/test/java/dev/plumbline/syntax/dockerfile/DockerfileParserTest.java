package dev.plumbline.syntax.dockerfile;

import static dev.plumbline.syntax.dockerfile.Parsed.assertRanges;
import static dev.plumbline.syntax.dockerfile.Parsed.only;
import static dev.plumbline.syntax.dockerfile.Parsed.parse;
import static dev.plumbline.syntax.dockerfile.Parsed.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

    @Nested
    class Directives {

        @Test
        void readsSyntaxEscapeAndCheckAtTheTop() {
            Dockerfile df = parse("# syntax=docker/dockerfile:1\n#escape = `\n#  check=skip=JSONArgsRecommended\nFROM alpine\n");
            assertEquals(List.of("syntax", "escape", "check"), df.directives().stream().map(Directive::name).toList());
            assertEquals("docker/dockerfile:1", df.directive("syntax").orElseThrow().value());
            assertEquals('`', df.escapeChar());
            assertEquals("skip=JSONArgsRecommended", df.directive("check").orElseThrow().value());
            assertTrue(df.comments().isEmpty(), "directives are not comments");
            assertTrue(df.problems().isEmpty());
        }

        @Test
        void directiveValueRangeIsExact() {
            assertRanges("# escape=«`»\nFROM alpine\n",
                    df -> List.of(df.directive("escape").orElseThrow().valueRange()));
        }

        @Test
        void stopAtTheFirstNonDirectiveLine() {
            Dockerfile afterComment = parse("# a comment\n# escape=`\nFROM alpine\n");
            assertTrue(afterComment.directives().isEmpty());
            assertEquals('\\', afterComment.escapeChar());
            assertEquals(2, afterComment.comments().size());

            Dockerfile afterBlank = parse("\n# escape=`\nFROM alpine\n");
            assertTrue(afterBlank.directives().isEmpty());

            Dockerfile afterUnknown = parse("# foo=bar\n# escape=`\nFROM alpine\n");
            assertTrue(afterUnknown.directives().isEmpty());

            Dockerfile afterInstruction = parse("FROM alpine\n# escape=`\n");
            assertTrue(afterInstruction.directives().isEmpty());
        }

        @Test
        void aRepeatedOrInvalidDirectiveIsAProblem() {
            assertRanges("# escape=`\n«# escape=\\»\nFROM alpine\n",
                    df -> df.problems().stream().map(ParseProblem::range).toList());
            Dockerfile invalid = assertRanges("# escape=«x»\nFROM alpine\n",
                    df -> df.problems().stream().map(ParseProblem::range).toList());
            assertEquals('\\', invalid.escapeChar());
        }
    }

    @Nested
    class CommentsAndLines {

        @Test
        void commentsKeepTheirRanges() {
            Dockerfile df = assertRanges("«# one»\nFROM alpine\n  «# two»\n", d -> d.comments().stream().map(Comment::range).toList());
            assertEquals(" one", df.comments().get(0).text());
            assertEquals("two", df.comments().get(1).content());
        }

        @Test
        void commentsDirectlyAboveAnInstructionFormItsBlock() {
            Dockerfile df = parse("# far\n\n# near 1\n# near 2\nRUN true\n");
            Instruction run = df.instructions().get(0);
            assertEquals(List.of(" near 1", " near 2"), df.commentsAbove(run).stream().map(Comment::text).toList());
        }

        @Test
        void continuationJoinsLinesAndKeepsRangesExact() {
            Dockerfile df = assertRanges("RUN «apt-get» \\\n    «install» \\\n    «curl»\n",
                    d -> only(d, RunInstruction.class).arguments().stream().map(Word::range).toList());
            RunInstruction run = only(df, RunInstruction.class);
            assertEquals("RUN apt-get     install     curl", run.line().text());
            assertEquals(Range.of(0, 0, 2, 8), run.range());
            assertEquals(2, run.endLine());
        }

        @Test
        void commentAndEmptyLinesInsideAContinuationAreSkipped() {
            Dockerfile df = parse("RUN a \\\n# inside\n\n   \n  b\nRUN c\n");
            assertEquals(2, df.instructions().size());
            RunInstruction first = (RunInstruction) df.instructions().get(0);
            assertEquals(List.of("a", "b"), values(first.arguments()));
            assertEquals(4, first.endLine());
            assertTrue(df.comments().get(0).insideInstruction());
            assertTrue(df.commentsAbove(df.instructions().get(1)).isEmpty());
        }

        @Test
        void continuationAtEndOfFileEndsTheInstruction() {
            Dockerfile df = parse("RUN a \\\n");
            assertEquals(List.of("a"), values(df.instructions().get(0).arguments()));
            assertTrue(df.problems().isEmpty());
        }

        @Test
        void anEscapedEscapeCharacterIsNoContinuation() {
            Dockerfile df = parse("RUN echo a\\\\\nRUN b\n");
            assertEquals(2, df.instructions().size());
        }

        @Test
        void backtickEscapeContinuesLinesAndLeavesBackslashesAlone() {
            Dockerfile df = assertRanges("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                            + "RUN «powershell» «-Command» `\n    «C:\\tools\\x.exe»\n",
                    d -> only(d, RunInstruction.class).arguments().stream().map(Word::range).toList());
            RunInstruction run = only(df, RunInstruction.class);
            assertEquals("C:\\tools\\x.exe", run.arguments().get(2).value());
        }

        @Test
        void crlfLineBreaks() {
            Dockerfile df = assertRanges("FROM «alpine»\r\nRUN a \\\r\n  «b»\r\n",
                    d -> List.of(d.froms().get(0).image().orElseThrow().range(),
                            d.instructions().get(1).arguments().get(1).range()));
            assertEquals("RUN a   b", df.instructions().get(1).line().text());
        }

        @Test
        void byteOrderMarkAtTheStartIsSkipped() {
            Dockerfile df = assertRanges("\uFEFF# escape=`\n«FROM» alpine\n",
                    d -> List.of(d.instructions().get(0).keyword().range()));
            assertEquals('`', df.escapeChar());
        }

        @Test
        void tabsAreBlanks() {
            Dockerfile df = assertRanges("\tFROM\t«alpine:3»\tAS\t«base»\n",
                    d -> List.of(d.froms().get(0).image().orElseThrow().range(), d.froms().get(0).stageName().orElseThrow().range()));
            assertEquals(Optional.of("base"), df.stages().get(0).name());
        }

        @Test
        void surrogatePairsCountAsTwoColumns() {
            assertRanges("LABEL emoji=\"\uD83D\uDE00\" «x»=y\n",
                    d -> List.of(((KeyValueInstruction) d.instructions().get(0)).pairs().get(1).key().range()));
        }

        @Test
        void keywordsAreCaseInsensitive() {
            Dockerfile df = parse("from alpine as Base\nrun true\n");
            assertTrue(df.instructions().get(0) instanceof FromInstruction);
            assertEquals("RUN", df.instructions().get(1).name());
            assertEquals("run", df.instructions().get(1).keyword().text());
            assertTrue(df.stage("BASE").isPresent());
        }

        @Test
        void emptyAndBlankFiles() {
            assertTrue(parse("").instructions().isEmpty());
            assertTrue(parse("\n\n   \n").problems().isEmpty());
        }
    }

    @Nested
    class Flags {

        @Test
        void flagNamesAndValuesHaveRanges() {
            Dockerfile df = assertRanges("COPY «--from»=«build» «--link» «--chmod»=«755» a /b\n", d -> {
                Instruction copy = d.instructions().get(0);
                Flag from = copy.flag("from").orElseThrow();
                Flag link = copy.flag("link").orElseThrow();
                Flag chmod = copy.flag("chmod").orElseThrow();
                return List.of(from.nameRange(), from.valueRange().orElseThrow(), link.nameRange(),
                        chmod.nameRange(), chmod.valueRange().orElseThrow());
            });
            Instruction copy = df.instructions().get(0);
            assertEquals(List.of("from", "link", "chmod"), copy.flags().stream().map(Flag::name).toList());
            assertEquals(Optional.empty(), copy.flag("link").orElseThrow().value());
            assertEquals(List.of("a", "/b"), values(copy.arguments()));
        }

        @Test
        void quotedFlagValuesAreUnquoted() {
            Dockerfile df = parse("RUN --mount=type=cache,target=\"/root/.cache\" true\n");
            assertEquals(Optional.of("type=cache,target=/root/.cache"), df.instructions().get(0).flag("mount").orElseThrow().value());
        }

        @Test
        void doubleDashEndsTheFlags() {
            Dockerfile df = parse("COPY --chown=1 -- --weird /x\n");
            assertEquals(List.of("--weird", "/x"), values(df.instructions().get(0).arguments()));
            assertEquals(1, df.instructions().get(0).flags().size());
        }

        @Test
        void mountsAreParsedWithFieldRanges() {
            Dockerfile df = assertRanges("RUN --mount=type=cache,target=«/root/.cache/pip»,from=«base» pip install x\n", d -> {
                Mount mount = only(d, RunInstruction.class).mounts().get(0);
                return List.of(mount.target().orElseThrow().valueRange(), mount.from().orElseThrow().valueRange());
            });
            assertEquals("cache", only(df, RunInstruction.class).mounts().get(0).type());
        }
    }

    @Nested
    class ExecAndShellForm {

        @Test
        void jsonArrayIsExecForm() {
            Dockerfile df = assertRanges("CMD [«\"nginx\"», «\"-g\"», «\"daemon off;\"»]\n",
                    d -> d.instructions().get(0).arguments().stream().map(Word::range).toList());
            Instruction cmd = df.instructions().get(0);
            assertTrue(cmd.isExecForm());
            assertEquals(List.of("nginx", "-g", "daemon off;"), values(cmd.arguments()));
            assertTrue(cmd.shellForm().isEmpty());
        }

        @Test
        void jsonEscapesAreDecoded() {
            Dockerfile df = parse("RUN [\"echo\", \"a\\\"b\\u0041\\\\\"]\n");
            assertEquals(List.of("echo", "a\"bA\\"), values(df.instructions().get(0).arguments()));
        }

        @Test
        void notJsonIsShellForm() {
            Dockerfile df = parse("RUN [ -f /x ] && echo yes\nENTRYPOINT [\"a\", \"b\"\nCMD ['single']\n");
            for (Instruction instruction : df.instructions()) {
                assertFalse(instruction.isExecForm(), instruction.toString());
                assertTrue(instruction.shellForm().isPresent());
            }
            assertEquals("[ -f /x ] && echo yes", df.instructions().get(0).shellForm().orElseThrow().text());
            assertTrue(df.problems().isEmpty(), "Docker runs these in a shell");
        }

        @Test
        void healthcheckCommandForms() {
            Dockerfile df = parse("HEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"http://x\"]\n"
                    + "HEALTHCHECK CMD curl -f http://x || exit 1\nHEALTHCHECK NONE\n");
            HealthcheckInstruction exec = (HealthcheckInstruction) df.instructions().get(0);
            assertTrue(exec.isExecForm());
            assertEquals("5s", exec.flag("interval").orElseThrow().value().orElseThrow());
            assertEquals(List.of("curl", "-f", "http://x"), values(exec.execForm().orElseThrow().elements()));
            HealthcheckInstruction shell = (HealthcheckInstruction) df.instructions().get(1);
            assertEquals("curl -f http://x || exit 1", shell.shellForm().orElseThrow().text());
            assertTrue(((HealthcheckInstruction) df.instructions().get(2)).isNone());
        }

        @Test
        void copyAndVolumeTakeJsonLists() {
            Dockerfile df = parse("COPY [\"a b\", \"/c/\"]\nVOLUME /data /logs\n");
            assertEquals(List.of("a b", "/c/"), values(df.instructions().get(0).arguments()));
            assertEquals(List.of("/data", "/logs"), values(df.instructions().get(1).arguments()));
        }
    }

    @Nested
    class Heredocs {

        @Test
        void bodyAndTerminatorRanges() {
            Dockerfile df = assertRanges("RUN «<<EOF»\n«apt-get update\necho hi\n»«EOF»\nRUN next\n", d -> {
                Heredoc heredoc = d.instructions().get(0).heredocs().get(0);
                return List.of(heredoc.opener().range(), heredoc.bodyRange(), heredoc.terminator().orElseThrow());
            });
            Instruction run = df.instructions().get(0);
            Heredoc heredoc = run.heredocs().get(0);
            assertEquals("EOF", heredoc.name());
            assertEquals("apt-get update\necho hi\n", heredoc.content());
            assertEquals(Range.of(0, 0, 3, 3), run.range());
            assertEquals(3, run.endLine());
            assertEquals(2, df.instructions().size());
        }

        @Test
        void dashStripsTabsBeforeTheTerminator() {
            Dockerfile df = parse("RUN <<-EOT\n\techo hi\n\tEOT\nRUN next\n");
            Heredoc heredoc = df.instructions().get(0).heredocs().get(0);
            assertTrue(heredoc.chomp());
            assertTrue(heredoc.isTerminated());
            assertEquals(2, df.instructions().size());
        }

        @Test
        void withoutDashATabbedTerminatorIsBodyText() {
            Dockerfile df = parse("RUN <<EOT\n\tEOT\nEOT\n");
            assertEquals("\tEOT\n", df.instructions().get(0).heredocs().get(0).content());
        }

        @Test
        void quotedDelimitersDoNotExpand() {
            Dockerfile df = parse("RUN <<\"EOF\" cat\n$x\nEOF\nCOPY <<'A' /a\nb\nA\n");
            Heredoc doubleQuoted = df.instructions().get(0).heredocs().get(0);
            assertEquals("EOF", doubleQuoted.name());
            assertFalse(doubleQuoted.expand());
            Heredoc singleQuoted = df.instructions().get(1).heredocs().get(0);
            assertEquals("A", singleQuoted.name());
            assertFalse(singleQuoted.expand());
            assertTrue(parse("RUN <<EOF\nx\nEOF\n").instructions().get(0).heredocs().get(0).expand());
        }

        @Test
        void severalHeredocsPerInstruction() {
            Dockerfile df = parse("COPY <<one.txt <<two.txt /dest/\n1\none.txt\n2\ntwo.txt\nRUN x\n");
            List<Heredoc> heredocs = df.instructions().get(0).heredocs();
            assertEquals(List.of("one.txt", "two.txt"), heredocs.stream().map(Heredoc::name).toList());
            assertEquals("1\n", heredocs.get(0).content());
            assertEquals("2\n", heredocs.get(1).content());
            assertEquals(2, df.instructions().size());
        }

        @Test
        void heredocAfterAContinuation() {
            Dockerfile df = parse("RUN --mount=type=cache,target=/x \\\n  <<EOF\nls\nEOF\n");
            assertEquals("ls\n", df.instructions().get(0).heredocs().get(0).content());
        }

        @Test
        void quotedOrGluedMarkersAreNoHeredocs() {
            Dockerfile df = parse("RUN echo \"<<EOF\" a<<b\nRUN [\"cat\", \"<<EOF\"]\nENV A=<<EOF\n");
            for (Instruction instruction : df.instructions()) {
                assertTrue(instruction.heredocs().isEmpty(), instruction.toString());
            }
            assertEquals(3, df.instructions().size());
        }

        @Test
        void onbuildRunCanHoldAHeredoc() {
            Dockerfile df = parse("FROM a:1\nONBUILD RUN <<EOF\necho\nEOF\nRUN x\n");
            OnbuildInstruction onbuild = only(df, OnbuildInstruction.class);
            assertEquals(1, onbuild.heredocs().size());
            assertEquals(1, onbuild.trigger().orElseThrow().heredocs().size());
            assertEquals(3, df.instructions().size());
        }

        @Test
        void crlfBody() {
            Dockerfile df = parse("RUN <<EOF\r\necho hi\r\nEOF\r\nRUN x\r\n");
            assertEquals("echo hi\r\n", df.instructions().get(0).heredocs().get(0).content());
            assertEquals(2, df.instructions().size());
        }

        @Test
        void unterminatedHeredocIsOneProblemAndParsingResumesAtTheNextInstruction() {
            Dockerfile df = assertRanges("FROM alpine:3\nRUN «<<EOF»\napk add x\nFROM ubuntu\n",
                    d -> d.problems().stream().map(ParseProblem::range).toList());
            assertEquals(3, df.instructions().size());
            assertEquals("apk add x\n", df.instructions().get(1).heredocs().get(0).content());
            assertFalse(df.instructions().get(1).heredocs().get(0).isTerminated());
        }
    }

    @Nested
    class FromArgEnv {

        @Test
        void fromWithPlatformAndStageName() {
            Dockerfile df = assertRanges("FROM «--platform»=«$BUILDPLATFORM» «golang:1.22» «AS» «build»\n", d -> {
                FromInstruction from = d.froms().get(0);
                Flag platform = from.platform().orElseThrow();
                return List.of(platform.nameRange(), platform.valueRange().orElseThrow(), from.image().orElseThrow().range(),
                        from.asKeyword().orElseThrow().range(), from.stageName().orElseThrow().range());
            });
            assertEquals(Optional.of("build"), df.stages().get(0).name());
        }

        @Test
        void stagesCollectTheirInstructions() {
            Dockerfile df = parse("ARG V=1\nFROM a:${V} AS one\nRUN x\nFROM one\nRUN y\nRUN z\n");
            assertEquals(1, df.globalArgs().size());
            assertEquals(2, df.stages().size());
            assertEquals(1, df.stages().get(0).instructions().size());
            assertEquals(2, df.stages().get(1).instructions().size());
            assertEquals(1, df.stages().get(1).instructions().get(0).stageIndex());
            assertEquals(df.stages().get(1), df.stageOf(df.instructions().get(4)).orElseThrow());
            assertTrue(df.stageOf(df.instructions().get(0)).isEmpty());
            assertEquals(df.stages().get(0), df.baseStage(df.stages().get(1)).orElseThrow());
        }

        @Test
        void argDeclarationsWithAndWithoutDefaults() {
            Dockerfile df = assertRanges("ARG «A» «B»=«\"x y\"» «C»=\n", d -> {
                List<ArgInstruction.Declaration> ds = only(d, ArgInstruction.class).declarations();
                return List.of(ds.get(0).name().range(), ds.get(1).name().range(), ds.get(1).defaultValue().orElseThrow().range(),
                        ds.get(2).name().range());
            });
            List<ArgInstruction.Declaration> ds = only(df, ArgInstruction.class).declarations();
            assertTrue(ds.get(0).defaultValue().isEmpty());
            assertEquals("x y", ds.get(1).defaultValue().orElseThrow().value());
            assertEquals("", ds.get(2).defaultValue().orElseThrow().value());
        }

        @Test
        void envKeyValueForm() {
            Dockerfile df = assertRanges("ENV «A»=«1» «B»=«\"two words\"» «C»=«a\\ b»\n", d -> {
                List<KeyValueInstruction.Pair> pairs = only(d, KeyValueInstruction.class).pairs();
                return pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.key().range(), p.value().range())).toList();
            });
            List<KeyValueInstruction.Pair> pairs = only(df, KeyValueInstruction.class).pairs();
            assertEquals(List.of("1", "two words", "a b"), pairs.stream().map(p -> p.value().value()).toList());
            assertFalse(pairs.get(0).legacy());
        }

        @Test
        void envLegacyForm() {
            Dockerfile df = assertRanges("ENV «PATH» «/usr/local/bin:$PATH extra»\n", d -> {
                KeyValueInstruction.Pair pair = only(d, KeyValueInstruction.class).pairs().get(0);
                return List.of(pair.key().range(), pair.value().range());
            });
            assertTrue(only(df, KeyValueInstruction.class).pairs().get(0).legacy());
        }

        @Test
        void onbuildHoldsAnInstruction() {
            Dockerfile df = assertRanges("FROM a:1\nONBUILD «RUN» «pip» install x\n", d -> {
                Instruction trigger = only(d, OnbuildInstruction.class).trigger().orElseThrow();
                return List.of(trigger.keyword().range(), trigger.arguments().get(0).range());
            });
            Instruction trigger = only(df, OnbuildInstruction.class).trigger().orElseThrow();
            assertTrue(trigger instanceof RunInstruction);
            assertTrue(trigger.isTrigger());
            assertEquals(0, trigger.stageIndex());
        }
    }

    @Nested
    class Problems {

        private List<String> problems(String source) {
            return parse(source).problems().stream().map(p -> p.range() + " " + p.message()).toList();
        }

        @Test
        void envAndLabelErrors() {
            assertRanges("FROM a:1\nENV «FOO»\nLABEL a=b «c»\nENV «=x»\n",
                    d -> d.problems().stream().map(ParseProblem::range).toList());
        }

        @Test
        void nonStringJsonElement() {
            assertRanges("CMD [\"sleep\", «10»]\n", d -> d.problems().stream().map(ParseProblem::range).toList());
        }

        @Test
        void shellNeedsJson() {
            assertRanges("SHELL «[\"/bin/bash\", \"-c\"»\n", d -> d.problems().stream().map(ParseProblem::range).toList());
            assertTrue(problems("SHELL [\"/bin/bash\", \"-c\"]\n").isEmpty());
        }

        @Test
        void onbuildChainingAndForbiddenTriggers() {
            assertRanges("ONBUILD «ONBUILD» RUN x\nONBUILD «FROM» a\nONBUILD «maintainer» me\n",
                    d -> d.problems().stream().map(ParseProblem::range).toList());
        }

        @Test
        void unterminatedVariableReferenceWhereDockerExpands() {
            assertRanges("FROM «${BASE»\nCOPY a «${DEST/»\nENV A='${literal'\nRUN echo ${notExpandedByDocker\n",
                    d -> d.problems().stream().map(ParseProblem::range).toList());
            assertTrue(problems("ENV A=${B:-${C}}\nLABEL x=\"${y}\" z=\\${\n").isEmpty());
        }

        @Test
        void nulCharacter() {
            assertRanges("FROM a:1\nRUN x«\0»\n", d -> d.problems().stream().map(ParseProblem::range).toList());
        }

        @Test
        void oneProblemPerInstruction() {
            assertRanges("FROM a:1\nENV A=1 «B» C\nONBUILD «ONBUILD» ENV X\n",
                    d -> d.problems().stream().map(ParseProblem::range).toList());
        }

        @Test
        void unknownInstructionsAreNoParseProblem() {
            Dockerfile df = parse("FORM alpine\nRUN x\n");
            assertTrue(df.problems().isEmpty());
            assertEquals("FORM", df.instructions().get(0).name());
        }

        @Test
        void aBrokenInstructionInTheMiddleDoesNotHideTheRest() {
            Dockerfile df = parse("FROM a:1\nENV BROKEN\nRUN pip install x\nSHELL not json\nFROM b\n");
            assertEquals(2, df.problems().size());
            assertEquals(5, df.instructions().size());
            assertEquals(2, df.stages().size());
        }
    }
}
