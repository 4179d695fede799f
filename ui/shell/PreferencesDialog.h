#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ad {

class IdentityForm;
class MainWindow;

// Edit → Preferences…: the database file (open, create, move), who you are in
// it, language, theme and what to open at start. Theme applies at once; language after a restart.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(MainWindow *window);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *startupBox() const { return m_startup; }
    IdentityForm *identityForm() const { return m_identity; }
    // Copies the open database to `target`, opens the copy and removes the
    // old file; on any failure the old file stays open and untouched.
    bool moveDatabaseTo(const QString &target);

private:
    void accept() override;
    void updatePath();
    void openFile();
    void createFile();
    void moveFile();

    MainWindow *m_window;
    QLabel *m_path;
    QPushButton *m_move = nullptr;
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_startup;
    IdentityForm *m_identity = nullptr;
    QVBoxLayout *m_youLayout = nullptr;
};

} // namespace ad
