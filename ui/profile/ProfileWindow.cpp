#include "ProfileWindow.h"

#include "EditAdvocateCommand.h"
#include "NpsChart.h"
#include "PreferencesEditor.h"
#include "SignalsEditor.h"
#include "SummaryCard.h"
#include "TimelineModel.h"
#include "common/CloseKeys.h"
#include "common/ErrorMessage.h"
#include "common/ListTable.h"
#include "common/ScreenFit.h"
#include "common/UndoableRecords.h"
#include "dialogs/EngagementDialogs.h"
#include "io/PersonalDataActions.h"
#include "rules/NominationRules.h"
#include "services/Services.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ad {

namespace {

// A tab's page that scrolls when the window is short, instead of squeezing it.
QScrollArea *scrolled(QWidget *content, const QString &name, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(name);
    return scroll;
}

} // namespace

ProfileWindow::ProfileWindow(Services &services, QUndoStack *undoStack, const QString &advocateId,
                             QWidget *parent)
    : QWidget(parent, Qt::Window), m_services(services), m_undoStack(undoStack), m_advocateId(advocateId)
{
    setObjectName(QStringLiteral("profileWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resizeToFitScreen(this, QSize(1180, 760));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->setAccessibleName(tr("Profile sections"));
    m_tabs->addTab(buildTimeline(), tr("Timeline"));
    m_tabs->addTab(scrolled(buildSignals(), tr("Signals"), m_tabs), tr("Signals"));
    m_tabs->addTab(scrolled(buildAsking(), tr("Preferences"), m_tabs), tr("Preferences"));
    m_npsChart = new NpsChart(m_tabs);
    m_tabs->addTab(m_npsChart, tr("NPS"));
    m_tabs->addTab(scrolled(buildStory(), tr("Story"), m_tabs), tr("Story"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(buildCard());
    layout->addWidget(m_tabs, 1);
    closeOnEscapeAndCtrlW(this);
    reload();
}

QWidget *ProfileWindow::buildCard()
{
    m_card = new SummaryCard(this);
    connect(m_card, &SummaryCard::accountRequested, this,
            [this] { emit accountRequested(m_advocate.accountId); });

    auto *log = new QPushButton(tr("Log"), m_card);
    log->setObjectName(QStringLiteral("logButton"));
    auto *logMenu = new QMenu(log);
    logMenu->addAction(tr("Touch…"), this, &ProfileWindow::logTouch);
    logMenu->addAction(tr("Contribution…"), this, [this] { runDialog<ContributionDialog>(); });
    logMenu->addAction(tr("Appreciation…"), this, [this] { runDialog<AppreciationDialog>(); });
    logMenu->addAction(tr("Referral…"), this, [this] { runDialog<ReferralDialog>(); });
    log->setMenu(logMenu);
    auto *note = new QPushButton(tr("Add Note…"), m_card);
    m_nominate = new QPushButton(tr("Nominate…"), m_card);
    m_nominate->setObjectName(QStringLiteral("nominateButton"));
    // The main window's Nominate… key: in a profile, it nominates this advocate.
    m_nominate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(note, &QPushButton::clicked, this, &ProfileWindow::addNote);
    connect(m_nominate, &QPushButton::clicked, this, &ProfileWindow::nominate);
    for (QPushButton *button : {log, note, m_nominate, createPersonalDataButton(m_services, this)})
        m_card->addAction(button);

    // A narrow column: about forty letters wide, whatever the font.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("summaryScroll"));
    scroll->setWidget(m_card);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Summary"));
    scroll->setFixedWidth(qBound(260, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40, 320));
    return scroll;
}

QWidget *ProfileWindow::buildTimeline()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    auto *top = new QHBoxLayout;
    auto *show = new QLabel(tr("Show"), panel);
    m_kindFilter = new QComboBox(panel);
    m_kindFilter->setObjectName(QStringLiteral("timelineFilter"));
    m_kindFilter->setAccessibleName(tr("Show timeline entries of kind"));
    m_kindFilter->addItem(tr("Everything"), QString());
    for (const auto &[kind, label] : TimelineModel::kinds())
        m_kindFilter->addItem(label, kind);
    show->setBuddy(m_kindFilter);
    top->addWidget(show);
    top->addWidget(m_kindFilter);
    top->addStretch();
    layout->addLayout(top);

    m_timeline = new TimelineModel(m_services, this);
    m_timelineView = new QTableView(panel);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setModel(m_timeline);
    styleAsList(m_timelineView);
    // "What happened" is the point of a timeline: it takes the width the date
    // and kind leave, and a long sentence wraps onto rows that grow to hold it.
    m_timelineView->setWordWrap(true);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *columns = m_timelineView->horizontalHeader();
    columns->setSectionResizeMode(TimelineModel::WhenColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(TimelineModel::KindColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(TimelineModel::WhatColumn, QHeaderView::Stretch);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_timelineView, 1);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setKindFilter(m_kindFilter->currentData().toString()); });
    return panel;
}

QWidget *ProfileWindow::buildSignals()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_signals = new SignalsEditor(page);
    layout->addWidget(m_signals);
    layout->addStretch();
    connect(m_signals, &SignalsEditor::signalsEdited, this, [this](const Signals &values) {
        Advocate after = m_advocate;
        after.signalValues = values;
        saveEdit(after, tr("signals"));
    });
    return page;
}

QWidget *ProfileWindow::buildAsking()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *asking = new QGroupBox(tr("Asking"), page);
    auto *row = new QHBoxLayout(asking);
    m_hasDoNotAsk = new QCheckBox(tr("Do not ask until"), asking);
    m_doNotAsk = new QDateEdit(asking);
    m_doNotAsk->setCalendarPopup(true);
    m_doNotAsk->setAccessibleName(tr("Do not ask until"));
    row->addWidget(m_hasDoNotAsk);
    row->addWidget(m_doNotAsk);
    row->addStretch();
    const auto saveDoNotAsk = [this] {
        if (m_loading)
            return;
        Advocate after = m_advocate;
        after.doNotAskUntil = m_hasDoNotAsk->isChecked() ? m_doNotAsk->date() : QDate();
        m_doNotAsk->setEnabled(m_hasDoNotAsk->isChecked());
        saveEdit(after, tr("do-not-ask date"));
    };
    connect(m_hasDoNotAsk, &QCheckBox::toggled, this, saveDoNotAsk);
    connect(m_doNotAsk, &QDateEdit::editingFinished, this, saveDoNotAsk);
    layout->addWidget(asking);

    auto *preferences = new QGroupBox(tr("Activity preferences"), page);
    auto *preferencesLayout = new QVBoxLayout(preferences);
    m_preferences = new PreferencesEditor(m_services, m_undoStack, preferences);
    preferencesLayout->addWidget(m_preferences);
    layout->addWidget(preferences);
    layout->addStretch();
    connect(m_preferences, &PreferencesEditor::preferenceChanged, this,
            [this] { emit advocateChanged(m_advocateId); });
    connect(m_preferences, &PreferencesEditor::failed, this,
            [this](const Error &error) { showError(this, tr("Could not save the preference"), error); });
    return page;
}

QWidget *ProfileWindow::buildStory()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_story = new QPlainTextEdit(page);
    m_story->setObjectName(QStringLiteral("successStory"));
    m_story->setAccessibleName(tr("Success story"));
    m_outcomes = new QPlainTextEdit(page);
    m_outcomes->setAccessibleName(tr("Quantified value outcomes"));
    m_outcomes->setPlaceholderText(tr("For example: cut onboarding from 6 weeks to 10 days"));
    for (QPlainTextEdit *edit : {m_story, m_outcomes}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(90);
        edit->installEventFilter(this); // saved when the user leaves the field
    }
    form->addRow(tr("Story"), m_story);
    form->addRow(tr("Outcomes"), m_outcomes);
    return page;
}

QLabel *ProfileWindow::accountLink() const
{
    return m_card->accountLink();
}

void ProfileWindow::reload()
{
    Result<AdvocateSummary> summary = m_services.advocateSummaries().summary(m_advocateId);
    if (!summary) {
        m_card->nameLabel()->setText(summary.error().kind == ErrorKind::NotFound
                                         ? tr("This advocate no longer exists.")
                                         : summary.error().message);
        setEnabled(false);
        return;
    }
    m_advocate = summary->advocate;
    m_card->setSummary(*summary, m_services.clock().today());
    const bool inPipeline = summary->nomination && !isExitStatus(summary->nomination->status);
    m_nominate->setEnabled(!inPipeline);
    m_nominate->setToolTip(inPipeline ? tr("Already in the nomination pipeline") : QString());
    showAdvocate();
    m_timeline->setAdvocate(m_advocateId);
    m_preferences->setAdvocate(m_advocateId);
}

void ProfileWindow::showAdvocate()
{
    m_loading = true;
    const Advocate &a = m_advocate;
    setWindowTitle(tr("%1 — Advocate Desk").arg(a.name));
    if (Result<QList<NpsResponse>> history = m_services.nps().history(a.id))
        m_npsChart->setResponses(*history);
    m_signals->setSignals(a.signalValues);
    m_hasDoNotAsk->setChecked(a.doNotAskUntil.isValid());
    m_doNotAsk->setEnabled(a.doNotAskUntil.isValid());
    m_doNotAsk->setDate(a.doNotAskUntil.isValid() ? a.doNotAskUntil : m_services.clock().today().addDays(30));
    if (m_story->toPlainText() != a.successStory)
        m_story->setPlainText(a.successStory);
    if (m_outcomes->toPlainText() != a.valueOutcomes)
        m_outcomes->setPlainText(a.valueOutcomes);
    m_loading = false;
}

void ProfileWindow::saveEdit(const Advocate &after, const QString &what)
{
    // The command may outlive this window (undo after it was closed).
    const QPointer<ProfileWindow> self(this);
    const auto done = [self](const Status &status) {
        if (!self)
            return;
        if (!status)
            showError(self, tr("Undo"), status.error());
        self->reload();
    };
    Result<std::unique_ptr<EditAdvocateCommand>> command =
        EditAdvocateCommand::perform(m_services, m_advocate, after, what, done);
    if (!command) {
        showError(this, tr("Save"), command.error());
        reload(); // show what is stored, not the refused value
        return;
    }
    m_undoStack->push(command->release());
    reload();
    emit advocateChanged(m_advocateId);
}

void ProfileWindow::saveTexts()
{
    if (m_loading || !isEnabled())
        return;
    const QString story = m_story->toPlainText().trimmed();
    const QString outcomes = m_outcomes->toPlainText().trimmed();
    if (story == m_advocate.successStory && outcomes == m_advocate.valueOutcomes)
        return;
    Advocate after = m_advocate;
    after.successStory = story;
    after.valueOutcomes = outcomes;
    saveEdit(after, tr("story"));
}

bool ProfileWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_story || watched == m_outcomes))
        saveTexts();
    return QWidget::eventFilter(watched, event);
}

void ProfileWindow::closeEvent(QCloseEvent *event)
{
    // Closing with Escape or Ctrl+W while typing keeps what was typed.
    saveTexts();
    QWidget::closeEvent(event);
}

void ProfileWindow::logTouch()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Log Touch"));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (TouchKind value : allTouchKindValues())
        kind->addItem(displayName(value), keyOf(value));
    auto *date = new QDateEdit(m_services.clock().today(), &dialog);
    date->setCalendarPopup(true);
    auto *note = new QLineEdit(&dialog);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Date"), date);
    form->addRow(tr("Note"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Touch touch;
    touch.advocateId = m_advocateId;
    touch.kind = parseTouchKind(kind->currentData().toString()).value_or(TouchKind::CheckIn);
    touch.occurredOn = date->date();
    touch.note = note->text();
    Services &services = m_services;
    const Status logged =
        recordUndoably(m_undoStack, services, RecordKind::Touch, tr("Log touch with %1").arg(m_advocate.name),
                       tr("Logged a touch with %1.").arg(m_advocate.name),
                       [&services, touch] { return idOf(services.engagement().logTouch(touch)); });
    if (!logged)
        showError(this, tr("Log Touch"), logged.error());
    reload();
    emit advocateChanged(m_advocateId);
}

void ProfileWindow::addNote()
{
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(this, tr("Add Note"),
                                                        tr("Note about %1:").arg(m_advocate.name), {}, &ok);
    if (!ok || body.trimmed().isEmpty())
        return;
    Services &services = m_services;
    const Status noted =
        recordUndoably(m_undoStack, services, RecordKind::Note, tr("Add note about %1").arg(m_advocate.name),
                       tr("Added a note about %1.").arg(m_advocate.name),
                       [&services, id = m_advocateId, text = body.trimmed()] {
                           return idOf(services.advocates().addNote(id, text));
                       });
    if (!noted)
        showError(this, tr("Add Note"), noted.error());
    reload();
}

void ProfileWindow::nominate()
{
    bool ok = false;
    const QString evidence = QInputDialog::getMultiLineText(
        this, tr("Nominate"), tr("Why could %1 speak for the product? (evidence)").arg(m_advocate.name), {},
        &ok);
    if (!ok)
        return;
    if (Status nominated = nominateUndoably(m_undoStack, m_services, m_advocateId, m_advocate.name, evidence);
        !nominated)
        showError(this, tr("Nominate"), nominated.error());
    reload();
    emit advocateChanged(m_advocateId);
}

} // namespace ad
