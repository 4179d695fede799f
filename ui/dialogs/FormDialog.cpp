#include "FormDialog.h"

#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QVBoxLayout>

namespace ad {

namespace {

// Asks for the whole form (QScrollArea on its own caps its wish at 24 lines),
// so the dialog opens as tall as its fields on a screen with room and scrolls
// them, its buttons still in view, on a short one.
class FormScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override
    {
        const QSize content = widget() ? widget()->sizeHint() : QSize();
        return content + QSize(verticalScrollBar()->sizeHint().width(), 0);
    }

    QSize minimumSizeHint() const override
    {
        const int width = widget() ? widget()->minimumSizeHint().width() : 0;
        return QSize(width + verticalScrollBar()->sizeHint().width(), 4 * fontMetrics().height());
    }
};

} // namespace

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_problem(new QLabel(this))
{
    setWindowTitle(title);
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *fields = new QWidget;
    fields->setObjectName(QStringLiteral("formFields"));
    fields->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new FormScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    // The fields take focus, and QScrollArea scrolls to whichever has it.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(fields);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void FormDialog::showEvent(QShowEvent *event)
{
    // Qt opens a window at most two thirds of the screen tall; a form gets
    // what it asks for, up to what the screen shows.
    if (!m_fitted && !event->spontaneous()) {
        m_fitted = true;
        resizeToFitScreen(this, sizeHint().expandedTo(minimumSizeHint()));
    }
    QDialog::showEvent(event);
}

void FormDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void FormDialog::tryAccept()
{
    const QString problem = save();
    showProblem(problem);
    if (problem.isEmpty())
        accept();
}

} // namespace ad
