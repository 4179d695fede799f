#include "CliApp.h"
#include "util/AppIdentity.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ad::setApplicationIdentity();
    return ad::runCli(QCoreApplication::arguments());
}
