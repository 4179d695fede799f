#include "SyncSignature.h"

#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "util/Ids.h"
#include "util/TimeFormat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <sodium.h>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct SyncSignatureText
{
    Q_DECLARE_TR_FUNCTIONS(ad::SyncSignature)
};

const QString kSignature = QStringLiteral("signature");

// What is signed: the bundle without its signature, as compact JSON. Qt writes
// an object's members in key order, so the same bundle gives the same bytes.
QByteArray signedBytes(QJsonObject bundle)
{
    bundle.remove(kSignature);
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString SyncSignature::fingerprintOf(const QByteArray &publicKey)
{
    // The first 16 bytes of the key's SHA-256, in groups of four hex digits.
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex().toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

Result<SyncSignature::Signer> SyncSignature::own() const
{
    if (!sodiumReady())
        return makeError(ErrorKind::Storage, SyncSignatureText::tr("The signing library could not start."));
    SqlQuery existing(m_context.db, QStringLiteral("SELECT public_key FROM sync_identity LIMIT 1"));
    Result<QVariant> stored = scalar(existing);
    if (!stored)
        return stored.error();
    QByteArray publicKey;
    if (!stored->isNull()) {
        publicKey = QByteArray::fromBase64(stored->toString().toLatin1());
    } else {
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        unsigned char sk[crypto_sign_SECRETKEYBYTES];
        crypto_sign_keypair(pk, sk);
        publicKey = QByteArray(reinterpret_cast<const char *>(pk), sizeof pk);
        const QByteArray secret(reinterpret_cast<const char *>(sk), sizeof sk);
        sodium_memzero(sk, sizeof sk);
        const QString now = time::toStorage(m_context.clock.now());
        WriteTransaction transaction(m_context.db);
        if (!transaction.isOpen())
            return transaction.error();
        SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO sync_identity (id, public_key, secret_key, "
                                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
        insert.bind(newId())
            .bind(QString::fromLatin1(publicKey.toBase64()))
            .bind(QString::fromLatin1(secret.toBase64()))
            .bind(now)
            .bind(now);
        if (Status status = insert.exec(); !status)
            return status.error();
        if (Status status = transaction.commit(); !status)
            return status.error();
    }
    return Signer{m_context.actor, QString::fromLatin1(publicKey.toBase64()), fingerprintOf(publicKey), true};
}

Result<QJsonObject> SyncSignature::sign(QJsonObject bundle) const
{
    Result<Signer> me = own();
    if (!me)
        return me.error();
    SqlQuery secret(m_context.db, QStringLiteral("SELECT secret_key FROM sync_identity LIMIT 1"));
    Result<QVariant> stored = scalar(secret);
    if (!stored)
        return stored.error();
    QByteArray sk = QByteArray::fromBase64(stored->toString().toLatin1());
    if (sk.size() != crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorKind::Corrupt, SyncSignatureText::tr("This file's signing key is damaged."));
    const QByteArray message = signedBytes(bundle);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()), reinterpret_cast<const unsigned char *>(sk.constData()));
    sodium_memzero(sk.data(), size_t(sk.size()));
    bundle.insert(kSignature,
                  QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                              {QStringLiteral("public_key"), me->publicKey},
                              {QStringLiteral("fingerprint"), me->fingerprint},
                              {QStringLiteral("value"), QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(signature),
                                                                                       sizeof signature)
                                                                                .toBase64())}});
    return bundle;
}

Result<SyncSignature::Signer> SyncSignature::verify(const QJsonObject &bundle, const QString &source) const
{
    if (!sodiumReady())
        return makeError(ErrorKind::Storage, SyncSignatureText::tr("The signing library could not start."));
    const QJsonObject signature = bundle.value(kSignature).toObject();
    if (signature.isEmpty())
        return makeError(ErrorKind::Invalid,
                         SyncSignatureText::tr("%1 is not signed: a bundle must come from Advocate Desk and name who wrote it. "
                            "Nothing was merged.")
                             .arg(source));
    const QByteArray publicKey = QByteArray::fromBase64(signature.value(QStringLiteral("public_key")).toString().toLatin1());
    const QByteArray value = QByteArray::fromBase64(signature.value(QStringLiteral("value")).toString().toLatin1());
    const QByteArray message = signedBytes(bundle);
    if (signature.value(QStringLiteral("algorithm")).toString() != QLatin1String("ed25519")
        || publicKey.size() != crypto_sign_PUBLICKEYBYTES || value.size() != crypto_sign_BYTES
        || crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(value.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
               != 0)
        return makeError(ErrorKind::Invalid,
                         SyncSignatureText::tr("%1 was changed after it was signed (or its signature is damaged). Nothing was merged.")
                             .arg(source));
    Signer signer{bundle.value(QStringLiteral("exported_by")).toString(), QString::fromLatin1(publicKey.toBase64()),
                  fingerprintOf(publicKey), false};
    // Trusted: accepted before, or this file's own key (read, never made here:
    // verifying writes nothing).
    SqlQuery known(m_context.db, QStringLiteral("SELECT (SELECT count(*) FROM sync_trusted_keys WHERE public_key = ?)"
                                                " + (SELECT count(*) FROM sync_identity WHERE public_key = ?)"));
    known.bind(signer.publicKey).bind(signer.publicKey);
    Result<QVariant> count = scalar(known);
    if (!count)
        return count.error();
    signer.trusted = count->toInt() > 0;
    return signer;
}

Status SyncSignature::trust(const Signer &signer) const
{
    const QString now = time::toStorage(m_context.clock.now());
    SqlQuery insert(m_context.db, QStringLiteral("INSERT INTO sync_trusted_keys (id, public_key, author, "
                                                 "fingerprint, trusted_at, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    insert.bind(newId()).bind(signer.publicKey).bind(signer.author).bind(signer.fingerprint).bind(now).bind(now).bind(now);
    return insert.exec();
}

} // namespace ad
