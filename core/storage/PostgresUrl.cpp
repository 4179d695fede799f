#include "PostgresUrl.h"

#include <QUrl>
#include <QUrlQuery>

namespace ad {

namespace {

bool hasScheme(const QString &text, QLatin1String scheme)
{
    return text.startsWith(scheme, Qt::CaseInsensitive);
}

} // namespace

bool PostgresUrl::isServerAddress(const QString &text)
{
    return hasScheme(text, QLatin1String("postgresql://")) || hasScheme(text, QLatin1String("postgres://"));
}

QString PostgresAddress::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromLatin1(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(database));
    QStringList settings;
    if (socket)
        settings << QStringLiteral("host=") + QString::fromLatin1(QUrl::toPercentEncoding(host, "/"));
    if (!sslMode.isEmpty())
        settings << QStringLiteral("sslmode=") + sslMode;
    if (!settings.isEmpty())
        text += QLatin1Char('?') + settings.join(QLatin1Char('&'));
    return text;
}

Result<PostgresAddress> PostgresUrl::parse(const QString &text)
{
    const QString shown = text.left(200);
    if (!isServerAddress(text))
        return makeError(ErrorKind::Invalid,
                         tr("“%1” is not a server address: it must start with postgresql://.").arg(shown));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return makeError(ErrorKind::Invalid,
                         tr("“%1” is not a valid server address (%2). Write it as "
                            "postgresql://USER@HOST:PORT/DATABASE.")
                             .arg(shown, url.errorString()));
    if (!url.password().isEmpty())
        return makeError(ErrorKind::Invalid,
                         tr("The server address holds a password. Leave it out: set PGPASSWORD, or put it in "
                            "~/.pgpass, so that it never shows in a command line or a list of recent "
                            "programmes."));
    if (url.hasFragment())
        return makeError(ErrorKind::Invalid, tr("“%1” is not a valid server address: it has a “#” part.").arg(shown));

    PostgresAddress address;
    address.user = url.userName(QUrl::FullyDecoded);
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(-1);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    address.database = path;
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return makeError(ErrorKind::Invalid,
                         tr("“%1” names no database: write it as postgresql://USER@HOST:PORT/DATABASE.").arg(shown));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return makeError(ErrorKind::Invalid, tr("“%1” is not a port number.").arg(value.left(50)));
            address.port = port;
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),
                                              QStringLiteral("prefer"), QStringLiteral("require"),
                                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return makeError(ErrorKind::Invalid,
                                 tr("“%1” is not an SSL mode; use one of: %2.").arg(value.left(50), modes.join(QStringLiteral(", "))));
            address.sslMode = value;
        } else if (key == QLatin1String("password")) {
            return makeError(ErrorKind::Invalid,
                             tr("The server address holds a password. Leave it out: set PGPASSWORD, or put it in "
                                "~/.pgpass, so that it never shows in a command line or a list of recent "
                                "programmes."));
        } else {
            return makeError(ErrorKind::Invalid,
                             tr("The server address has a setting this version does not know: “%1” "
                                "(known: host, port, sslmode).")
                                 .arg(key.left(50)));
        }
    }
    return address;
}

} // namespace ad
