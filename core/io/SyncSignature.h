#pragma once

#include "services/ServiceContext.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace ad {

// Sync bundles are signed (Ed25519, libsodium). Each programme file makes its
// own key pair on its first export; a bundle names its author and carries the
// public key and a signature over everything else in it. The first bundle from
// a key this file has not seen shows the key's fingerprint, which the person
// merging compares with their colleague's (`advocatedesk-cli sync-key`) and
// accepts once (trust on first use). An unsigned or altered bundle is refused.
class SyncSignature
{
public:
    struct Signer
    {
        QString author;      // as the bundle names them (exported_by)
        QString publicKey;   // base64
        QString fingerprint; // "3F2A 9C01 …": what two people read to each other
        bool trusted = false; // this file's own key, or one accepted before
    };

    explicit SyncSignature(const ServiceContext &context) : m_context(context) {}

    // This file's public key and its fingerprint (the key pair is made when first asked for).
    Result<Signer> own() const;

    // The bundle with its "signature" member added.
    Result<QJsonObject> sign(QJsonObject bundle) const;

    // Who signed the bundle, or why it cannot be trusted: unsigned, or changed
    // after it was signed.
    Result<Signer> verify(const QJsonObject &bundle, const QString &source) const;

    // Remembers `signer`'s key as accepted (in the caller's transaction).
    Status trust(const Signer &signer) const;

    static QString fingerprintOf(const QByteArray &publicKey);

private:
    const ServiceContext &m_context;
};

} // namespace ad
