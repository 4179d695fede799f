// Every control a keyboard can reach has a name a screen reader can speak, on
// every page of the main window, in the profile window and in the main dialogs.
#include "TempDatabase.h"
#include "advocates/AdvocateTableModel.h"
#include "advocates/AdvocatesPage.h"
#include "demo/DemoGenerator.h"
#include "dialogs/NominateDialog.h"
#include "profile/ProfileWindow.h"
#include "programme/ProgrammeSettings.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/Session.h"
#include "shell/ShortcutsDialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ad;

namespace {

QString describe(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *w = widget; w && chain.size() < 4; w = w->parentWidget())
        chain << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
    return chain.join(QStringLiteral(" < "));
}

// The keyboard-reachable, visible widgets under `root` whose accessible name
// (their own, or what Qt derives from a label buddy or a button text) is empty.
QStringList unnamedFocusable(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->isWindow() != (widget == root))
            continue;
        // A view's viewport, a spin box's or combo box's editor: the owning
        // widget takes the focus for them and carries the name (checked itself).
        QWidget *owner = widget->parentWidget();
        if (auto *area = qobject_cast<QAbstractScrollArea *>(owner); area && area->viewport() == widget)
            continue;
        if (qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

class AccessibilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        {
            test::TempDatabase scratch; // for its pinned clock
            Result<std::unique_ptr<Database>> db = Database::open(path);
            ASSERT_TRUE(db.ok());
            ASSERT_TRUE(DemoGenerator(**db, scratch.clock()).generate(DemoOptions{60, 3}).ok());
        }
        Result<std::unique_ptr<Session>> session = Session::open(path);
        ASSERT_TRUE(session.ok());
        window = std::make_unique<MainWindow>(std::move(session).value());
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("a11y.sqlite"));
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(AccessibilityTest, EveryPageOfTheMainWindowNamesItsControls)
{
    auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    ASSERT_TRUE(sidebar);
    ASSERT_GT(sidebar->count(), 3);
    for (int row = 0; row < sidebar->count(); ++row) {
        sidebar->setCurrentRow(row);
        QCoreApplication::processEvents();
        const QStringList unnamed = unnamedFocusable(window.get());
        EXPECT_TRUE(unnamed.isEmpty()) << "page " << sidebar->item(row)->text().toStdString() << ":\n  "
                                       << unnamed.join(QStringLiteral("\n  ")).toStdString();
    }
}

TEST_F(AccessibilityTest, TheProfileWindowNamesItsControls)
{
    const QString id = window->advocatesPage()->model()->index(0, 0).data(AdvocateTableModel::AdvocateIdRole).toString();
    ASSERT_FALSE(id.isEmpty());
    ProfileWindow *profile = window->openProfile(id);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(profile));
    const QStringList unnamed = unnamedFocusable(profile);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QStringLiteral("\n  ")).toStdString();
    // What each tab shows, too.
    for (QTabWidget *tabs : profile->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QStringList onTab = unnamedFocusable(profile);
            EXPECT_TRUE(onTab.isEmpty()) << "tab " << tabs->tabText(i).toStdString() << ":\n  "
                                         << onTab.join(QStringLiteral("\n  ")).toStdString();
        }
    }
}

TEST_F(AccessibilityTest, TheMainDialogsNameTheirControls)
{
    PreferencesDialog preferences(window.get());
    ShortcutsDialog shortcuts(window.get());
    NominateDialog nominate(window->session().services(), window.get());
    ProgrammeSettingsDialog programme(window->session().services(), window.get());
    for (QDialog *dialog : std::initializer_list<QDialog *>{&preferences, &shortcuts, &nominate, &programme}) {
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        const QStringList unnamed = unnamedFocusable(dialog);
        EXPECT_TRUE(unnamed.isEmpty()) << dialog->windowTitle().toStdString() << ":\n  "
                                       << unnamed.join(QStringLiteral("\n  ")).toStdString();
        dialog->hide();
    }
}
