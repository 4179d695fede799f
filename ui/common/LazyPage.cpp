#include "LazyPage.h"

#include <QVBoxLayout>

namespace ad {

LazyPage::LazyPage(Builder build, QWidget *parent) : QWidget(parent), m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::page()
{
    if (!m_page) {
        m_page = m_build(this);
        layout()->addWidget(m_page);
        // Built while this slot is being shown: a child added to a visible
        // parent would only appear on the next pass of the event loop.
        if (isVisible())
            m_page->show();
        // The slot stands in for the page: keyboard focus goes straight to it.
        setFocusProxy(m_page);
        emit built(m_page);
    }
    return m_page;
}

void LazyPage::showEvent(QShowEvent *event)
{
    page();
    QWidget::showEvent(event);
}

} // namespace ad
