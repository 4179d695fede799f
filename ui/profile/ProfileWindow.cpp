#include "ProfileWindow.h"

#include "EditAdvocateCommand.h"
#include "NpsChart.h"
#include "PreferencesEditor.h"
#include "SignalsEditor.h"
#include "TimelineModel.h"
#include "common/ErrorMessage.h"
#include "common/ListTable.h"
#include "common/ScreenFit.h"
#include "common/UndoableRecords.h"
#include "dialogs/EngagementDialogs.h"
#include "io/PersonalDataActions.h"
#include "rules/NominationRules.h"
#include "services/Services.h"
#include "shell/Preferences.h"

#include <QCheckBox>
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
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ad {

ProfileWindow::ProfileWindow(Services &services, QUndoStack *undoStack, const QString &advocateId,
                             QWidget *parent)
    : QWidget(parent, Qt::Window), m_services(services), m_undoStack(undoStack), m_advocateId(advocateId)
{
    setObjectName(QStringLiteral("profileWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resizeToFitScreen(this, QSize(1180, 760));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(buildHeader());
    leftLayout->addWidget(buildDetails(), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Profile details"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("profileSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(buildTimeline());
    splitter->setStretchFactor(1, 1);
    // The details need room for the signal bars; the timeline takes the rest.
    scroll->setMinimumWidth(460);
    splitter->setSizes({500, 680});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    reload();

    // The splitter and timeline columns as the user left them last time.
    Preferences::restoreViewState(this, QStringLiteral("profileWindow"));
    const auto saveView = [this] { Preferences::saveViewState(this, QStringLiteral("profileWindow")); };
    connect(splitter, &QSplitter::splitterMoved, this, saveView);
    connect(m_timelineView->horizontalHeader(), &QHeaderView::sectionResized, this, saveView);
}

QWidget *ProfileWindow::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("profileName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_subtitle = new QLabel(header);
    m_facts = new QLabel(header);
    m_facts->setWordWrap(true);
    m_consents = new QLabel(header);
    m_consents->setWordWrap(true);
    m_consents->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_name, m_subtitle, m_facts, m_consents}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_subtitle->setObjectName(QStringLiteral("profileSubtitle"));
    m_subtitle->setTextFormat(Qt::RichText);
    m_subtitle->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_subtitle->setToolTip(tr("Open the account"));
    connect(m_subtitle, &QLabel::linkActivated, this, [this] { emit accountRequested(m_advocate.accountId); });

    auto *actions = new QHBoxLayout;
    auto *log = new QPushButton(tr("Log"), header);
    log->setObjectName(QStringLiteral("logButton"));
    auto *logMenu = new QMenu(log);
    logMenu->addAction(tr("Touch…"), this, &ProfileWindow::logTouch);
    logMenu->addAction(tr("Contribution…"), this, [this] { runDialog<ContributionDialog>(); });
    logMenu->addAction(tr("Appreciation…"), this, [this] { runDialog<AppreciationDialog>(); });
    logMenu->addAction(tr("Referral…"), this, [this] { runDialog<ReferralDialog>(); });
    log->setMenu(logMenu);
    auto *note = new QPushButton(tr("Add Note…"), header);
    m_nominate = new QPushButton(tr("Nominate…"), header);
    m_nominate->setObjectName(QStringLiteral("nominateButton"));
    connect(note, &QPushButton::clicked, this, &ProfileWindow::addNote);
    connect(m_nominate, &QPushButton::clicked, this, &ProfileWindow::nominate);
    for (QPushButton *button : {log, note, m_nominate, createPersonalDataButton(m_services, this)})
        actions->addWidget(button);
    actions->addStretch();
    layout->addLayout(actions);
    return header;
}

QWidget *ProfileWindow::buildDetails()
{
    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *signalsBox = new QGroupBox(tr("Advocacy signals"), details);
    auto *signalsLayout = new QVBoxLayout(signalsBox);
    m_signals = new SignalsEditor(signalsBox);
    signalsLayout->addWidget(m_signals);
    layout->addWidget(signalsBox);
    connect(m_signals, &SignalsEditor::signalsEdited, this, [this](const Signals &values) {
        Advocate after = m_advocate;
        after.signalValues = values;
        saveEdit(after, tr("signals"));
    });

    auto *npsBox = new QGroupBox(tr("NPS history"), details);
    auto *npsLayout = new QVBoxLayout(npsBox);
    m_npsChart = new NpsChart(npsBox);
    npsLayout->addWidget(m_npsChart);
    layout->addWidget(npsBox);

    auto *asking = new QGroupBox(tr("Asking"), details);
    auto *form = new QFormLayout(asking);
    auto *row = new QHBoxLayout;
    m_hasDoNotAsk = new QCheckBox(tr("Do not ask until"), asking);
    m_doNotAsk = new QDateEdit(asking);
    m_doNotAsk->setCalendarPopup(true);
    m_doNotAsk->setAccessibleName(tr("Do not ask until"));
    row->addWidget(m_hasDoNotAsk);
    row->addWidget(m_doNotAsk);
    row->addStretch();
    form->addRow(row);
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

    auto *preferences = new QGroupBox(tr("Activity preferences"), details);
    auto *preferencesLayout = new QVBoxLayout(preferences);
    m_preferences = new PreferencesEditor(m_services, m_undoStack, preferences);
    preferencesLayout->addWidget(m_preferences);
    layout->addWidget(preferences);
    connect(m_preferences, &PreferencesEditor::preferenceChanged, this,
            [this] { emit advocateChanged(m_advocateId); });
    connect(m_preferences, &PreferencesEditor::failed, this,
            [this](const Error &error) { showError(this, tr("Could not save the preference"), error); });

    auto *story = new QGroupBox(tr("Success story and value"), details);
    auto *storyLayout = new QFormLayout(story);
    m_story = new QPlainTextEdit(story);
    m_story->setObjectName(QStringLiteral("successStory"));
    m_story->setAccessibleName(tr("Success story"));
    m_outcomes = new QPlainTextEdit(story);
    m_outcomes->setAccessibleName(tr("Quantified value outcomes"));
    m_outcomes->setPlaceholderText(tr("For example: cut onboarding from 6 weeks to 10 days"));
    for (QPlainTextEdit *edit : {m_story, m_outcomes}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(70);
        edit->installEventFilter(this); // saved when the user leaves the field
    }
    storyLayout->addRow(tr("Story"), m_story);
    storyLayout->addRow(tr("Outcomes"), m_outcomes);
    layout->addWidget(story);
    layout->addStretch();
    return details;
}

QWidget *ProfileWindow::buildTimeline()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Timeline"), panel);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_kindFilter = new QComboBox(panel);
    m_kindFilter->setObjectName(QStringLiteral("timelineFilter"));
    m_kindFilter->setAccessibleName(tr("Show timeline entries of kind"));
    m_kindFilter->addItem(tr("Everything"), QString());
    for (const auto &[kind, label] : TimelineModel::kinds())
        m_kindFilter->addItem(label, kind);
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_kindFilter);
    layout->addLayout(top);

    m_timeline = new TimelineModel(m_services, this);
    m_timelineView = new QTableView(panel);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setModel(m_timeline);
    styleAsList(m_timelineView);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::WhenColumn,
                                                             QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::KindColumn,
                                                             QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_timelineView, 1);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setKindFilter(m_kindFilter->currentData().toString()); });
    return panel;
}

void ProfileWindow::reload()
{
    Result<Advocate> advocate = m_services.advocates().get(m_advocateId);
    if (!advocate) {
        m_name->setText(tr("This advocate no longer exists."));
        setEnabled(false);
        return;
    }
    m_advocate = *advocate;
    showAdvocate();
    m_timeline->setAdvocate(m_advocateId);
    m_preferences->setAdvocate(m_advocateId);
}

void ProfileWindow::showAdvocate()
{
    m_loading = true;
    const Advocate &a = m_advocate;
    setWindowTitle(tr("%1 — Advocate Desk").arg(a.name));
    m_name->setText(a.name);
    Result<Account> account = m_services.accounts().get(a.accountId);
    const QString accountName = account ? account->name : QString();
    // The account name links to the account window.
    const QString accountLink = QStringLiteral("<a href=\"account\">%1</a>").arg(accountName.toHtmlEscaped());
    m_subtitle->setText(a.title.isEmpty() ? accountLink
                                          : tr("%1 · %2").arg(a.title.toHtmlEscaped(), accountLink));

    QString owner = tr("no owner");
    if (Result<QList<User>> users = m_services.users().list())
        for (const User &user : *users)
            if (user.id == a.ownerId)
                owner = user.name;
    QStringList facts{tr("Tier: %1").arg(displayName(a.tier)),
                      tr("Journey: %1 · %2").arg(a.journeyStage).arg(journeyStageName(a.journeyStage)),
                      tr("Owner: %1").arg(owner), a.email};
    if (Result<std::optional<NpsResponse>> nps = m_services.nps().latest(a.id); nps && nps->has_value())
        facts << tr("Latest NPS: %1").arg((*nps)->score);
    Result<std::optional<Nomination>> nomination = m_services.nominations().forAdvocate(a.id);
    const bool inPipeline = nomination && nomination->has_value() && !isExitStatus((*nomination)->status);
    if (nomination && nomination->has_value())
        facts << tr("Pipeline: %1").arg(displayName((*nomination)->status));
    facts << (a.lastVerified.isValid()
                  ? tr("Last verified %1").arg(QLocale().toString(a.lastVerified, QLocale::ShortFormat))
                  : tr("Never verified"));
    m_facts->setText(facts.join(QStringLiteral("   ·   ")));
    m_nominate->setEnabled(!inPipeline);
    m_nominate->setToolTip(inPipeline ? tr("Already in the nomination pipeline") : QString());

    QStringList consents;
    const QDate today = m_services.clock().today();
    if (Result<QList<Consent>> list = m_services.advocates().consents(a.id))
        for (const Consent &consent : *list)
            if (consent.isCurrentOn(today))
                consents << (consent.expiresOn.isValid()
                                 ? tr("%1 (until %2)")
                                       .arg(displayName(consent.asset),
                                            QLocale().toString(consent.expiresOn, QLocale::ShortFormat))
                                 : displayName(consent.asset));
    m_consents->setText(consents.isEmpty()
                            ? tr("No current consents: do not use name, logo, quotes or case study.")
                            : tr("Consents: %1").arg(consents.join(QStringLiteral(", "))));

    if (Result<QList<NpsResponse>> history = m_services.nps().history(a.id))
        m_npsChart->setResponses(*history);
    m_signals->setSignals(a.signalValues);
    m_hasDoNotAsk->setChecked(a.doNotAskUntil.isValid());
    m_doNotAsk->setEnabled(a.doNotAskUntil.isValid());
    m_doNotAsk->setDate(a.doNotAskUntil.isValid() ? a.doNotAskUntil : today.addDays(30));
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
    if (m_loading)
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
    const Status logged = recordUndoably(m_undoStack, services, RecordKind::Touch,
                                         tr("Log touch with %1").arg(m_advocate.name),
                                         tr("Logged a touch with %1.").arg(m_advocate.name),
                                         [&services, touch]() -> Result<QString> {
                                             Result<Touch> saved = services.engagement().logTouch(touch);
                                             if (!saved)
                                                 return saved.error();
                                             return saved->id;
                                         });
    if (!logged)
        showError(this, tr("Log Touch"), logged.error());
    reload();
}

void ProfileWindow::addNote()
{
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(this, tr("Add Note"),
                                                        tr("Note about %1:").arg(m_advocate.name), {}, &ok);
    if (!ok || body.trimmed().isEmpty())
        return;
    Services &services = m_services;
    const Status noted = recordUndoably(m_undoStack, services, RecordKind::Note,
                                        tr("Add note about %1").arg(m_advocate.name),
                                        tr("Added a note about %1.").arg(m_advocate.name),
                                        [&services, id = m_advocateId, text = body.trimmed()]() -> Result<QString> {
                                            Result<Note> note = services.advocates().addNote(id, text);
                                            if (!note)
                                                return note.error();
                                            return note->id;
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
