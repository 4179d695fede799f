#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ad {

// What went wrong, in words a user can act on. Core never shows dialogs: it returns
// one of these and the UI or the CLI decides how to present it.
enum class ErrorKind {
    Invalid,      // the input broke a rule (bad email, NPS out of range, ...)
    NotFound,     // a referenced row does not exist
    Duplicate,    // a unique value is already taken
    Refused,      // a rule forbids the change (for example a pipeline move)
    Busy,         // another process holds the write lock longer than we wait
    NewerVersion, // the file was written by a newer Advocate Desk
    NotADatabase, // the file is not an Advocate Desk database
    Corrupt,      // SQLite reports damage
    Storage,      // any other storage failure (disk full, read-only file, ...)
    Cancelled,    // the user stopped a long operation; nothing was written
};

struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;
    QString field; // the field at fault, when there is one
};

inline Error makeError(ErrorKind kind, const QString &message, const QString &field = {})
{
    return Error{kind, message, field};
}

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace ad
