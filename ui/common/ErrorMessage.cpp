#include "ErrorMessage.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace ad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ad::ErrorMessage", text);
}

ErrorSink &errorSink()
{
    static ErrorSink sink;
    return sink;
}

} // namespace

void setErrorSinkForTesting(ErrorSink sink)
{
    errorSink() = std::move(sink);
}

QString errorHeading(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Invalid:
        return tr("Please check the input");
    case ErrorKind::NotFound:
        return tr("Not found");
    case ErrorKind::Duplicate:
        return tr("Already exists");
    case ErrorKind::Refused:
        return tr("Not allowed");
    case ErrorKind::Busy:
        return tr("The database is busy");
    case ErrorKind::NewerVersion:
        return tr("Made by a newer version");
    case ErrorKind::NotADatabase:
        return tr("Not an Advocate Desk database");
    case ErrorKind::Corrupt:
        return tr("The database is damaged");
    case ErrorKind::Storage:
        return tr("Could not read or write the database");
    case ErrorKind::Cancelled:
        return tr("Cancelled");
    }
    return tr("Error");
}

void showError(QWidget *parent, const QString &whatFailed, const Error &error)
{
    if (errorSink()) {
        errorSink()(whatFailed, error);
        return;
    }
    QMessageBox box(QMessageBox::Warning, whatFailed, errorHeading(error), QMessageBox::Ok, parent);
    box.setInformativeText(error.message);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.exec();
}

} // namespace ad
