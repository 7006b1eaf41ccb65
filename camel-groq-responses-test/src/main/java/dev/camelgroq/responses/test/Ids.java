package dev.camelgroq.responses.test;

import java.util.concurrent.ThreadLocalRandom;

/** Groq-looking identifiers: a prefix and 26 lowercase base32 characters. */
final class Ids {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    private Ids() {
    }

    static String next(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return prefix + new String(id);
    }
}
