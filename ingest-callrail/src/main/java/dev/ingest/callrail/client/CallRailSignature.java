package dev.ingest.callrail.client;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a CallRail webhook's {@code Signature} header: Base64 of the HMAC-SHA1 of the raw request body, keyed with
 * the company's signing key as ASCII bytes.
 */
public final class CallRailSignature {

    private CallRailSignature() {}

    /**
     * Whether {@code signatureHeader} signs {@code body} with {@code signingKey}; false when either is missing. The
     * comparison takes the same time wherever the signatures differ.
     *
     * @param body the request body exactly as received, before any parsing
     */
    public static boolean verify(byte[] body, String signatureHeader, String signingKey) {
        if (body == null || signatureHeader == null || signingKey == null || signingKey.isEmpty()) {
            return false;
        }
        byte[] expected = Base64.getEncoder().encode(hmacSha1(body, signingKey));
        return MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmacSha1(byte[] body, String signingKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime has HmacSHA1, and any non-empty key fits it.
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }
}
