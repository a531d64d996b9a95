package io.crowdflow.governance.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable pseudonyms for people in archived content: the same person, the same pseudonym, no name. */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    public static String of(String personId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("crowdflow-archive:" + personId).getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
