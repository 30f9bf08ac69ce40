package vn.bacson.khenthuong.signature;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/** The commune's private key (in a file or on a token) with its certificate chain, leaf first. */
record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Provider provider) {

    X509Certificate certificate() {
        return chain.get(0);
    }
}
