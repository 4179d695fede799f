#include "ErrorMessage.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace ad {

namespace {

// The context lupdate files this file's texts under, and the one they are
// looked up in (a free function has no tr() of its own).
struct ErrorMessageText
{
    Q_DECLARE_TR_FUNCTIONS(ad::ErrorMessage)
};

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
        return ErrorMessageText::tr("Please check the input");
    case ErrorKind::NotFound:
        return ErrorMessageText::tr("Not found");
    case ErrorKind::Duplicate:
        return ErrorMessageText::tr("Already exists");
    case ErrorKind::Refused:
        return ErrorMessageText::tr("Not allowed");
    case ErrorKind::Busy:
        return ErrorMessageText::tr("The database is busy");
    case ErrorKind::NewerVersion:
        return ErrorMessageText::tr("Made by a newer version");
    case ErrorKind::NotADatabase:
        return ErrorMessageText::tr("Not an Advocate Desk database");
    case ErrorKind::Corrupt:
        return ErrorMessageText::tr("The database is damaged");
    case ErrorKind::Storage:
        return ErrorMessageText::tr("Could not read or write the database");
    case ErrorKind::Cancelled:
        return ErrorMessageText::tr("Cancelled");
    }
    return ErrorMessageText::tr("Error");
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
