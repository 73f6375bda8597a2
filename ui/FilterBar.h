#pragma once

#include "cases/Case.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace casedesk {

class Profile;
struct CaseFilter;

// The inbox's filters beyond queue and search: service item, stage, deadline light, received
// between, claimed by me; and named filters the clerk saves in the profile. Emits changed().
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(Profile &profile, QWidget *parent = nullptr);

    // The items of the catalogue to choose from (they arrive with the first sync).
    void setItems(const QList<ServiceItem> &items);
    // Writes this bar's choices into `filter`, leaving queue, search and user alone.
    void applyTo(CaseFilter &filter) const;
    // How many filters are set, for the toggle button's label.
    int activeCount() const;
    void clear();

    QStringList savedNames() const;
    bool restore(const QString &name);
    void save(const QString &typedName);

Q_SIGNALS:
    void changed();

private:
    void reloadSaved();

    Profile &m_profile;
    QComboBox *m_item;
    QComboBox *m_stage;
    QComboBox *m_light;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_mine;
    QComboBox *m_saved;
    bool m_restoring = false;
};

} // namespace casedesk
