#include "ConnectToServerDialog.h"

#include "storage/PostgresUrl.h"
#include "util/LocalIdentity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ad {

namespace {

constexpr int kDefaultPort = 5432;

QLineEdit *lineEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

ConnectToServerDialog::ConnectToServerDialog(const QString &address, QWidget *parent)
    : QDialog(parent), m_address(lineEdit("connectAddress", this)), m_host(lineEdit("connectHost", this)),
      m_port(new QSpinBox(this)), m_database(lineEdit("connectDatabase", this)),
      m_user(lineEdit("connectUser", this)), m_socket(lineEdit("connectSocket", this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("connectToServerDialog"));
    setWindowTitle(tr("Connect to Server"));

    auto *intro = new QLabel(
        tr("Open a programme kept on a PostgreSQL server. Paste its address, or fill in the parts."), this);
    intro->setWordWrap(true);

    m_address->setPlaceholderText(QStringLiteral("postgresql://USER@HOST:PORT/DATABASE"));
    m_address->setToolTip(tr("The whole address; editing the parts below writes it"));
    m_host->setPlaceholderText(tr("Empty: a server on this computer"));
    m_port->setObjectName(QStringLiteral("connectPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_socket->setPlaceholderText(tr("Empty: the usual one"));
    m_socket->setToolTip(tr("The folder holding the server's socket, for a server on this computer"));
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setWordWrap(true);

    auto *password =
        new QLabel(tr("The password is taken from ~/.pgpass, PGPASSWORD or a PGSERVICE entry, as "
                      "for any PostgreSQL program. Advocate Desk never asks for it and never "
                      "stores it."),
                   this);
    password->setObjectName(QStringLiteral("connectPasswordNote"));
    password->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Socket folder:"), m_socket);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Connect"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(password);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_address, &QLineEdit::textEdited, this, &ConnectToServerDialog::addressEdited);
    for (QLineEdit *part : {m_host, m_database, m_user, m_socket})
        connect(part, &QLineEdit::textEdited, this, &ConnectToServerDialog::partsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectToServerDialog::partsEdited);

    if (PostgresUrl::isServerAddress(address) && PostgresUrl::parse(address)) {
        fillParts(address);
        m_address->setText(address);
    } else {
        m_user->setText(identity::loginName());
        partsEdited();
    }
    validate();
    m_database->setFocus();
}

QString ConnectToServerDialog::address() const
{
    return m_valid ? m_address->text().trimmed() : QString();
}

void ConnectToServerDialog::fillParts(const QString &text)
{
    const Result<PostgresAddress> address = PostgresUrl::parse(text);
    if (!address)
        return;
    const bool socket = address->host.startsWith(QLatin1Char('/'));
    const QSignalBlocker blockPort(m_port);
    m_host->setText(socket ? QString() : address->host);
    m_socket->setText(socket ? address->host : QString());
    m_port->setValue(address->port > 0 ? address->port : kDefaultPort);
    m_database->setText(address->database);
    m_user->setText(address->user);
    m_sslMode = address->sslMode;
}

void ConnectToServerDialog::partsEdited()
{
    PostgresAddress address;
    address.user = m_user->text().trimmed();
    address.host = m_host->text().trimmed();
    if (address.host.isEmpty())
        address.host = m_socket->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.sslMode = m_sslMode;
    m_address->setText(address.display());
    validate();
}

void ConnectToServerDialog::addressEdited()
{
    fillParts(m_address->text().trimmed());
    validate();
}

void ConnectToServerDialog::validate()
{
    // A socket folder only means something without a host name.
    m_socket->setEnabled(m_host->text().trimmed().isEmpty());
    const QString socket = m_socket->text().trimmed();
    QString problem;
    if (m_socket->isEnabled() && !socket.isEmpty() && !socket.startsWith(QLatin1Char('/')))
        problem = tr("The socket folder must be a full path, such as /run/postgresql.");
    else if (const Result<PostgresAddress> address = PostgresUrl::parse(m_address->text().trimmed());
             !address)
        problem = address.error().message;
    m_valid = problem.isEmpty();
    m_connect->setEnabled(m_valid);
    m_problem->setText(problem);
    m_problem->setVisible(!m_valid);
}

} // namespace ad
