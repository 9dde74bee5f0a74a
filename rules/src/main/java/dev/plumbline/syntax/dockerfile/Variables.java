package dev.plumbline.syntax.dockerfile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The build variables visible at one point of a Dockerfile, judged on their default values, and
 * Docker's word expansion over them: {@code $v}, {@code ${v}}, {@code ${v:-default}},
 * {@code ${v-default}}, {@code ${v:+alt}}, {@code ${v+alt}}, quotes and the escape character.
 *
 * <p>A variable declared without a default (an {@code ARG} meant to come from the command line, or
 * one of BuildKit's automatic platform arguments) has no known value: expanding it plainly gives
 * "unknown", never a guess. The default operators still decide ({@code ${TAG:-1.2}} is {@code 1.2}).
 */
public final class Variables {

    private static final int MAX_NESTING = 16;

    /** A declared variable: its value, or {@code null} when it has none by default. */
    private final Map<String, String> declared;
    private final char escape;

    private Variables(Map<String, String> declared, char escape) {
        this.declared = declared;
        this.escape = escape;
    }

    /** The global ARGs (before the first FROM), each default expanded over the ones before it. */
    public static Variables global(Dockerfile dockerfile) {
        Variables vars = new Variables(new HashMap<>(), dockerfile.escapeChar());
        for (ArgInstruction arg : dockerfile.globalArgs()) {
            vars.declare(arg);
        }
        return vars;
    }

    /**
     * What {@code at} sees: the global ARGs it re-declares, plus the ARGs and ENVs of its stage
     * written before it. (Inheritance along {@code FROM <stage>} is not followed.)
     */
    public static Variables at(Dockerfile dockerfile, Instruction at) {
        Optional<Stage> stage = dockerfile.stageOf(at);
        if (stage.isEmpty()) {
            return dockerfile.globalVariables();
        }
        // scopes are computed once per stage, so asking at every instruction stays linear
        return dockerfile.variableScopes().at(stage.get(), at);
    }

    /** True when {@code instruction} changes the scope of what follows it in its stage (an ARG or an ENV). */
    static boolean changesScope(Instruction instruction) {
        return instruction instanceof ArgInstruction
                || instruction instanceof KeyValueInstruction env && env.isEnv();
    }

    /**
     * The scope after {@code change} (an ARG or ENV of a stage), given the scope {@code before} it; a
     * new object, {@code before} is not changed. This is the step {@link #at} takes per instruction.
     */
    static Variables after(Variables before, Instruction change, Variables global) {
        Variables vars = new Variables(new HashMap<>(before.declared), before.escape);
        if (change instanceof ArgInstruction arg) {
            for (ArgInstruction.Declaration d : arg.declarations()) {
                String name = d.name().value();
                if (d.defaultValue().isPresent()) {
                    vars.declared.put(name, vars.expand(d.defaultValue().get().text()).orElse(null));
                } else if (!vars.declared.containsKey(name)) {
                    vars.declared.put(name, global.declared.get(name));
                }
            }
        } else if (change instanceof KeyValueInstruction env && env.isEnv()) {
            for (KeyValueInstruction.Pair pair : env.pairs()) {
                vars.declared.put(pair.key().value(), vars.expand(pair.value().text()).orElse(null));
            }
        }
        return vars;
    }

    /**
     * What {@code at} sees when the ENV of the stages its stage is built on is known: {@code inherited}
     * (name to value, {@code null} for unknown) first, then what {@link #at} adds.
     */
    public static Variables inChain(Dockerfile dockerfile, Instruction at, Map<String, String> inherited) {
        Variables own = at(dockerfile, at);
        if (inherited.isEmpty() || dockerfile.stageOf(at).isEmpty()) {
            return own;
        }
        Map<String, String> merged = new HashMap<>(inherited);
        merged.putAll(own.declared);
        return new Variables(merged, dockerfile.escapeChar());
    }

    /** The ENV variables in effect at the end of {@code stage}, given those it inherits; one pass. */
    static Map<String, String> envAtEnd(Dockerfile dockerfile, Stage stage, Map<String, String> inherited) {
        Variables global = dockerfile.globalVariables();
        Variables vars = new Variables(new HashMap<>(inherited), dockerfile.escapeChar());
        Map<String, String> env = new java.util.LinkedHashMap<>(inherited);
        for (Instruction instruction : stage.instructions()) {
            if (instruction instanceof ArgInstruction arg) {
                for (ArgInstruction.Declaration d : arg.declarations()) {
                    String name = d.name().value();
                    if (d.defaultValue().isPresent()) {
                        vars.declared.put(name, vars.expand(d.defaultValue().get().text()).orElse(null));
                    } else if (!vars.declared.containsKey(name)) {
                        vars.declared.put(name, global.declared.get(name));
                    }
                }
            } else if (instruction instanceof KeyValueInstruction kv && kv.isEnv()) {
                // every pair of one ENV sees the values from before the instruction
                Map<String, String> set = new java.util.LinkedHashMap<>();
                for (KeyValueInstruction.Pair pair : kv.pairs()) {
                    set.put(pair.key().value(), vars.expand(pair.value().text()).orElse(null));
                }
                vars.declared.putAll(set);
                env.putAll(set);
            }
        }
        return env;
    }

    /** An empty scope, for tests and for text outside any stage. */
    public static Variables none(char escape) {
        return new Variables(new HashMap<>(), escape);
    }

    private void declare(ArgInstruction arg) {
        for (ArgInstruction.Declaration d : arg.declarations()) {
            String value = d.defaultValue().flatMap(v -> expand(v.text())).orElse(null);
            declared.put(d.name().value(), value);
        }
    }

    /**
     * This scope with every declared variable that has no value set to the empty string: what the
     * builder sees when no {@code --build-arg} is given (BuildKit's InvalidDefaultArgInFrom view).
     */
    public Variables withUnsetAsEmpty() {
        Map<String, String> copy = new HashMap<>(declared);
        copy.replaceAll((k, v) -> v == null ? "" : v);
        return new Variables(copy, escape);
    }

    /** True when {@code name} is declared (with or without a known value). */
    public boolean isDeclared(String name) {
        return declared.containsKey(name);
    }

    /** The known value of {@code name}. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(declared.get(name));
    }

    /**
     * Expands {@code raw} as Docker expands an instruction word: quotes removed, escapes applied,
     * variables substituted. Empty when any part depends on a value that is not known.
     */
    public Optional<String> expand(String raw) {
        Expander expander = new Expander(raw, 0);
        String result = expander.word(raw.length(), (char) 0);
        return expander.unknown ? Optional.empty() : Optional.of(result);
    }

    private final class Expander {
        private final String s;
        private final int nesting;
        private int pos;
        private boolean unknown;

        Expander(String s, int nesting) {
            this.s = s;
            this.nesting = nesting;
        }

        /** Expands until {@code end} or an unquoted {@code stop} character (used for {@code ${v:-…}}). */
        String word(int end, char stop) {
            StringBuilder out = new StringBuilder();
            while (pos < end && !unknown) {
                char c = s.charAt(pos);
                if (stop != 0 && c == stop) {
                    break;
                }
                if (c == escape) {
                    if (pos + 1 < end) {
                        out.append(s.charAt(pos + 1));
                    }
                    pos += 2;
                } else if (c == '\'') {
                    pos++;
                    while (pos < end && s.charAt(pos) != '\'') {
                        out.append(s.charAt(pos++));
                    }
                    pos++;
                } else if (c == '"') {
                    pos++;
                    while (pos < end && s.charAt(pos) != '"' && !unknown) {
                        char d = s.charAt(pos);
                        if (d == escape && pos + 1 < end && DockerWords.isDoubleQuoteEscapable(s.charAt(pos + 1), escape)) {
                            out.append(s.charAt(pos + 1));
                            pos += 2;
                        } else if (d == '$') {
                            out.append(dollar(end));
                        } else {
                            out.append(d);
                            pos++;
                        }
                    }
                    pos++;
                } else if (c == '$') {
                    out.append(dollar(end));
                } else {
                    out.append(c);
                    pos++;
                }
            }
            return out.toString();
        }

        private String dollar(int end) {
            pos++; // '$'
            if (pos < end && s.charAt(pos) == '{') {
                return braced(end);
            }
            int start = pos;
            while (pos < end && isNameChar(s.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                return "$";
            }
            return lookup(s.substring(start, pos));
        }

        private String braced(int end) {
            pos++; // '{'
            int start = pos;
            while (pos < end && isNameChar(s.charAt(pos))) {
                pos++;
            }
            String name = s.substring(start, pos);
            if (name.isEmpty() || pos >= end) {
                unknown = true;
                return "";
            }
            char c = s.charAt(pos);
            if (c == '}') {
                pos++;
                return lookup(name);
            }
            boolean colon = c == ':';
            if (colon) {
                pos++;
            }
            if (pos >= end) {
                unknown = true;
                return "";
            }
            char op = s.charAt(pos++);
            if (op != '-' && op != '+') {
                unknown = true; // ${v:?…}, ${v#…}, ${v%…}, ${v/…}: not judged
                return "";
            }
            if (nesting >= MAX_NESTING) {
                unknown = true;
                return "";
            }
            Expander inner = new Expander(s, nesting + 1);
            inner.pos = pos;
            String alternative = inner.word(end, '}');
            pos = inner.pos;
            if (pos >= end || s.charAt(pos) != '}') {
                unknown = true;
                return "";
            }
            pos++;
            boolean isDeclared = declared.containsKey(name);
            String value = declared.get(name);
            // "set" judged on defaults: declared without a default means unset unless given at build time
            boolean set = isDeclared && value != null && (!colon || !value.isEmpty());
            if (op == '-') {
                if (set) {
                    return value;
                }
                unknown |= inner.unknown;
                return alternative;
            }
            if (set) {
                unknown |= inner.unknown;
                return alternative;
            }
            return "";
        }

        private String lookup(String name) {
            String value = declared.get(name);
            if (value == null) {
                unknown = true;
                return "";
            }
            return value;
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
