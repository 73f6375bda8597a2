#pragma once

#include <QString>
#include <QStringList>

// Certificates for TLS and signature tests, made with OpenSSL in a folder of the test's:
// a certificate authority standing in for a department CA, server certificates it issues
// (also expired or for another host), and self-signed ones. Keys are ECDSA P-256.
class TestPki
{
public:
    struct Issued
    {
        QString certPath;
        QString keyPath;
    };

    // The CA's certificate and key are written to DIR/ca.pem and DIR/ca-key.pem.
    explicit TestPki(QString dir);
    ~TestPki();
    TestPki(const TestPki &) = delete;
    TestPki &operator=(const TestPki &) = delete;

    bool isValid() const { return m_caKey != nullptr; }
    QString caPath() const;
    // `altNames` in OpenSSL's form ("IP:127.0.0.1", "DNS:example.org"); validity in days from
    // now, negative for the past.
    Issued issue(const QString &name, const QStringList &altNames, int fromDays = -1,
                 int toDays = 30) const;
    // Signed by its own key, trusted by nobody.
    Issued selfSigned(const QString &name, const QStringList &altNames) const;

private:
    Issued write(const QString &name, void *certificate, void *key) const;

    QString m_dir;
    void *m_caKey = nullptr; // EVP_PKEY
    void *m_caCert = nullptr; // X509
};
