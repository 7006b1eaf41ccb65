package dev.camelgroq.responses.test;

/** The emulator's token estimate: one token per four characters, at least one. */
final class Tokens {

    private Tokens() {
    }

    static long estimate(int characters) {
        return Math.max(1, (characters + 3) / 4);
    }
}
