#include "PreferencesEditor.h"

#include "services/Services.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

namespace ad {

namespace {

// One preference change; perform() saved it, undo / redo write it again.
class PreferenceCommand : public QUndoCommand
{
public:
    PreferenceCommand(Services &services, PreferencesEditor *editor, QString advocateId, QString typeId,
                      std::optional<bool> before, std::optional<bool> after, const QString &text)
        : QUndoCommand(text), m_services(services), m_editor(editor), m_advocateId(std::move(advocateId)),
          m_typeId(std::move(typeId)), m_before(before), m_after(after)
    {
    }

    void undo() override { write(m_before); }
    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        write(m_after);
    }

private:
    void write(std::optional<bool> value)
    {
        const Status status = m_services.preferences().apply(m_advocateId, m_typeId, value);
        if (m_editor) {
            m_editor->reload();
            if (!status)
                emit m_editor->failed(status.error());
            else
                emit m_editor->preferenceChanged();
        }
    }

    Services &m_services;
    QPointer<PreferencesEditor> m_editor;
    QString m_advocateId;
    QString m_typeId;
    std::optional<bool> m_before;
    std::optional<bool> m_after;
    bool m_firstRedo = true;
};

std::optional<bool> choiceValue(const QComboBox *box)
{
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<bool>(data.toBool()) : std::nullopt;
}

} // namespace

PreferencesEditor::PreferencesEditor(Services &services, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_services(services), m_undoStack(undoStack)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    Result<QList<ActivityType>> types = m_services.activityTypes().list();
    if (!types) {
        grid->addWidget(new QLabel(types.error().message, this), 0, 0);
        return;
    }
    // Two columns of "activity  [choice]" keep fifteen types to eight rows.
    const int rows = int((types->size() + 1) / 2);
    for (int i = 0; i < types->size(); ++i) {
        const ActivityType &type = types->at(i);
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("preference:") + type.name);
        box->setAccessibleName(tr("Open to %1").arg(type.name));
        box->addItem(tr("Not asked yet"));
        box->addItem(tr("Open to"), true);
        box->addItem(tr("Not open to"), false);
        const QString typeId = type.id;
        // activated: only the user's choices save, never a reload.
        connect(box, &QComboBox::activated, this, [this, box, typeId] {
            if (!m_loading)
                choose(typeId, choiceValue(box));
        });
        m_choices.insert(type.id, box);
        const int row = i % rows;
        const int column = (i / rows) * 2;
        // A long name wraps rather than widening the profile's tab past the window.
        auto *label = new QLabel(type.name, this);
        label->setWordWrap(true);
        label->setBuddy(box);
        grid->addWidget(label, row, column);
        grid->addWidget(box, row, column + 1);
    }
    // Spare width goes to the names, so fewer of them wrap.
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
}

void PreferencesEditor::setAdvocate(const QString &advocateId)
{
    m_advocateId = advocateId;
    reload();
}

void PreferencesEditor::reload()
{
    Result<QHash<QString, bool>> stored = m_services.preferences().forAdvocate(m_advocateId);
    if (!stored) {
        emit failed(stored.error());
        return;
    }
    m_stored = *stored;
    m_loading = true;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const auto found = m_stored.constFind(it.key());
        it.value()->setCurrentIndex(found == m_stored.cend() ? 0 : (*found ? 1 : 2));
    }
    m_loading = false;
}

QComboBox *PreferencesEditor::choice(const QString &activityName) const
{
    return findChild<QComboBox *>(QStringLiteral("preference:") + activityName);
}

void PreferencesEditor::choose(const QString &activityTypeId, std::optional<bool> openTo)
{
    const auto found = m_stored.constFind(activityTypeId);
    const std::optional<bool> before = found == m_stored.cend() ? std::nullopt : std::optional<bool>(*found);
    if (before == openTo)
        return;
    if (Status status = m_services.preferences().apply(m_advocateId, activityTypeId, openTo); !status) {
        reload();
        emit failed(status.error());
        return;
    }
    const QString activity = m_choices.value(activityTypeId)->accessibleName();
    m_undoStack->push(new PreferenceCommand(m_services, this, m_advocateId, activityTypeId, before, openTo,
                                            tr("Change preference: %1").arg(activity)));
    reload();
    emit preferenceChanged();
}

} // namespace ad
