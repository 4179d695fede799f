// Who acts on which programme (core/util/LocalIdentity): kept per programme in
// this user's settings (CoreTestMain isolates them).
#include "util/LocalIdentity.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace ad;

TEST(LocalIdentity, AServerProgrammeIsKnownByItsAddressNotAsAFileInTheCurrentFolder)
{
    const QByteArray saved = qgetenv("ADVOCATEDESK_USER");
    qunsetenv("ADVOCATEDESK_USER");
    identity::chooseFor(QStringLiteral("postgresql://mei@db.example:5432/programme"),
                        QStringLiteral("Mei Ling"));
    // The same programme however the address is spelled.
    EXPECT_EQ(identity::chosenFor(QStringLiteral("postgres://mei@db.example:5432/programme")),
              QStringLiteral("Mei Ling"));
    EXPECT_EQ(identity::actorFor(QStringLiteral("postgresql://mei@db.example:5432/programme"),
                                 QStringLiteral("cli")),
              QStringLiteral("Mei Ling"));
    // Not a file that a relative path in the current folder happens to name.
    EXPECT_EQ(identity::chosenFor(
                  QDir::current().filePath(QStringLiteral("postgresql:/mei@db.example:5432/programme"))),
              QString());
    EXPECT_EQ(identity::chosenFor(QStringLiteral("postgresql://mei@db.example:5432/other")), QString());
    if (!saved.isNull())
        qputenv("ADVOCATEDESK_USER", saved);
}
