#pragma once

#include "util/Result.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QUndoStack;

namespace ad {

class Services;

// What an advocate is open to, one choice per activity type: not asked yet,
// open to, not open to. A change is saved at once and goes on the undo stack;
// matching excludes the advocate from requests of a type they are not open to.
class PreferencesEditor : public QWidget
{
    Q_OBJECT

public:
    PreferencesEditor(Services &services, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setAdvocate(const QString &advocateId);
    // Re-reads the stored preferences (after undo / redo).
    void reload();
    // The choice for the activity type named `activityName`, or nullptr.
    QComboBox *choice(const QString &activityName) const;

signals:
    void preferenceChanged();
    void failed(const ad::Error &error);

private:
    void choose(const QString &activityTypeId, std::optional<bool> openTo);

    Services &m_services;
    QUndoStack *m_undoStack;
    QString m_advocateId;
    QHash<QString, QComboBox *> m_choices; // activity type id → its choice
    QHash<QString, bool> m_stored;
    bool m_loading = false;
};

} // namespace ad
