#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ad {

// File → Connect to Server…: the address of a programme on a PostgreSQL
// server, pasted whole or put together from its parts. The password is never
// asked for here: libpq reads it from ~/.pgpass, PGPASSWORD or PGSERVICE.
class ConnectToServerDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts from `address` when it names a server (to reconnect), else from a
    // server on this computer, as the login name.
    explicit ConnectToServerDialog(const QString &address, QWidget *parent = nullptr);

    // The address to open (postgresql://…, nothing secret); empty while the fields make none.
    QString address() const;

private:
    void fillParts(const QString &address);
    void partsEdited();
    void addressEdited();
    void validate();

    QLineEdit *m_address;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_socket;
    QLabel *m_problem;
    QPushButton *m_connect = nullptr;
    QString m_sslMode; // kept from a pasted address; there is no field for it
    bool m_valid = false;
};

} // namespace ad
