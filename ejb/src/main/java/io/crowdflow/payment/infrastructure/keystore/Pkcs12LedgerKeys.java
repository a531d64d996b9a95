package io.crowdflow.payment.infrastructure.keystore;

import io.crowdflow.payment.application.LedgerSettings;
import io.crowdflow.payment.domain.LedgerKeys;
import io.crowdflow.payment.domain.ledger.Checkpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * The ledger's keys in a PKCS12 keystore ({@code crowdflow.ledger.keystore}): the Ed25519 signing key
 * (alias {@value #SIGNING}) and the HMAC-SHA256 key of the account pseudonyms (alias {@value #PSEUDONYMS}).
 * Generated on first use when the file is absent. Several nodes must share the same file.
 */
@ApplicationScoped
public class Pkcs12LedgerKeys implements LedgerKeys {

    static final String SIGNING = "crowdflow-ledger-signing";
    static final String PSEUDONYMS = "crowdflow-ledger-pseudonyms";
    private static final Logger LOG = Logger.getLogger(Pkcs12LedgerKeys.class.getName());

    @Inject
    LedgerSettings settings;

    private volatile Keys keys;

    @Override
    public PublicKey publicKey() {
        return keys().publicKey;
    }

    @Override
    public Checkpoint.Signed sign(Checkpoint checkpoint) {
        return checkpoint.sign(keys().signingKey);
    }

    @Override
    public String pseudonymOf(String accountId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys().pseudonymKey);
            byte[] digest = mac.doFinal(accountId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is always present", e);
        }
    }

    private Keys keys() {
        Keys loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = loadOrCreate(settings.keystore(), settings.keystorePassword());
                    if (settings.usesDefaultPassword()) {
                        LOG.warning("CROWDFLOW-04007 the ledger keystore uses the default password; set "
                                + "crowdflow.ledger.keystore-password (docs/ledger.md, Keys)");
                    }
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    static Keys loadOrCreate(Path file, char[] password) {
        try {
            if (!Files.exists(file)) {
                create(file, password);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            PrivateKey signing = (PrivateKey) store.getKey(SIGNING, password);
            Certificate certificate = store.getCertificate(SIGNING);
            java.security.Key pseudonyms = store.getKey(PSEUDONYMS, password);
            if (signing == null || certificate == null || pseudonyms == null) {
                throw new IllegalStateException("keystore " + file + " lacks " + SIGNING + " or " + PSEUDONYMS);
            }
            PublicKey publicKey = certificate.getPublicKey();
            LOG.info(() -> "CROWDFLOW-04001 ledger keys loaded from " + file + ", signing key id "
                    + Checkpoint.keyIdOf(publicKey));
            return new Keys(signing, publicKey, new SecretKeySpec(pseudonyms.getEncoded(), "HmacSHA256"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the ledger keystore " + file
                    + " (crowdflow.ledger.keystore, crowdflow.ledger.keystore-password)", e);
        }
    }

    private static void create(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setKeyEntry(SIGNING, pair.getPrivate(), password,
                new Certificate[]{SelfSignedCertificate.of(pair, "Crowdflow ledger")});
        store.setEntry(PSEUDONYMS, new KeyStore.SecretKeyEntry(new SecretKeySpec(secret, "HmacSHA256")),
                new KeyStore.PasswordProtection(password));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "crowdflow-ledger", ".p12.tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        try {
            // never replace a keystore another node or thread wrote meanwhile: its key may have signed already
            Files.createLink(file, temp);
            LOG.info(() -> "CROWDFLOW-04002 ledger keystore created at " + file);
        } catch (FileAlreadyExistsException e) {
            LOG.info(() -> "CROWDFLOW-04003 ledger keystore appeared meanwhile at " + file + "; using it");
        } catch (UnsupportedOperationException | IOException e) {
            if (!Files.exists(file)) {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    record Keys(PrivateKey signingKey, PublicKey publicKey, SecretKeySpec pseudonymKey) {
    }
}
