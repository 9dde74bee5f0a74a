package dev.plumbline.syntax.dockerfile;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The strongly connected components of the stage dependency graph (Tarjan's algorithm, iterative so
 * thousands of stages cannot overflow the stack): two stages are in one component when each needs
 * the other built first.
 */
final class StageComponents {

    private final List<List<Stage>> dependencies;
    private final int[] index;
    private final int[] low;
    private final int[] component;
    private final boolean[] onStack;
    private final Deque<Integer> stack = new ArrayDeque<>();
    private int counter;
    private int components;

    StageComponents(List<List<Stage>> dependencies) {
        this.dependencies = dependencies;
        int n = dependencies.size();
        index = new int[n];
        low = new int[n];
        component = new int[n];
        onStack = new boolean[n];
        Arrays.fill(index, -1);
    }

    /** For each stage, the number of its component. */
    int[] components() {
        for (int v = 0; v < index.length; v++) {
            if (index[v] < 0) {
                visit(v);
            }
        }
        return component;
    }

    private void visit(int root) {
        // each frame: the stage and how many of its dependencies were looked at
        Deque<int[]> frames = new ArrayDeque<>();
        open(root);
        frames.push(new int[] {root, 0});
        while (!frames.isEmpty()) {
            int[] frame = frames.peek();
            int v = frame[0];
            List<Stage> next = dependencies.get(v);
            if (frame[1] < next.size()) {
                int w = next.get(frame[1]++).index();
                if (index[w] < 0) {
                    open(w);
                    frames.push(new int[] {w, 0});
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            frames.pop();
            if (!frames.isEmpty()) {
                int parent = frames.peek()[0];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] == index[v]) {
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    component[w] = components;
                } while (w != v);
                components++;
            }
        }
    }

    private void open(int v) {
        index[v] = counter;
        low[v] = counter;
        counter++;
        stack.push(v);
        onStack[v] = true;
    }
}
