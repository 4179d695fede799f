#include "LocalIdentity.h"

#include "storage/PostgresUrl.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

namespace ad::identity {

namespace {

const QString kKey = QStringLiteral("identity/byDatabase");

// One spelling per file, however it was reached (a symlink, "./x.sqlite"); a
// server programme by its address (as the address shows it, nothing secret),
// not as a file name in the current folder.
QString keyFor(const QString &databasePath)
{
    if (PostgresUrl::isServerAddress(databasePath)) {
        const Result<PostgresAddress> address = PostgresUrl::parse(databasePath);
        return address ? address->display() : databasePath;
    }
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

QString fromEnvironment()
{
    return qEnvironmentVariable("ADVOCATEDESK_USER").trimmed();
}

QString chosenFor(const QString &databasePath)
{
    return QSettings().value(kKey).toMap().value(keyFor(databasePath)).toString();
}

void chooseFor(const QString &databasePath, const QString &name)
{
    QSettings settings;
    QVariantMap chosen = settings.value(kKey).toMap();
    chosen.insert(keyFor(databasePath), name.trimmed());
    settings.setValue(kKey, chosen);
}

QString actorFor(const QString &databasePath, const QString &fallback)
{
    for (const QString &name : {fromEnvironment(), chosenFor(databasePath), loginName()}) {
        if (!name.isEmpty())
            return name;
    }
    return fallback;
}

QString loginName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace ad::identity
