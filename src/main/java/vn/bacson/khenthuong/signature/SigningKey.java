package vn.bacson.khenthuong.signature;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/** A key entry of the store: its alias, the private key (in a file or on a token), its chain (leaf first). */
record SigningKey(String alias, PrivateKey privateKey, List<X509Certificate> chain, Provider provider) {

    X509Certificate certificate() {
        return chain.get(0);
    }
}
