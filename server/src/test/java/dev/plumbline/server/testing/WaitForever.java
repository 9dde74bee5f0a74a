package dev.plumbline.server.testing;

import java.io.IOException;

/** A process that lives until it is killed or its stdin closes: a stand-in editor for parent-death tests. */
public final class WaitForever {

    private WaitForever() {
    }

    public static void main(String[] args) throws IOException {
        while (System.in.read() >= 0) {
            // keep reading until the end
        }
    }
}
