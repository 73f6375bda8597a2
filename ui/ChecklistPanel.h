#pragma once

#include "cases/MaterialChecklist.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

// The required materials beside the document: for each, the files taken as it, the verdict
// (合格, 缺失, 需补正) and the reason, chosen from common ones or typed. The shown file can be
// mapped to a material from the context menu or by dropping a file from the viewer's list.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(QWidget *parent = nullptr);

    // `fileNames`: the submitted files' names by id, to show the mapping.
    void setChecklist(const MaterialChecklist &checklist, const QHash<QString, QString> &fileNames);
    const MaterialChecklist &checklist() const { return m_checklist; }
    QTableWidget *table() const { return m_table; }
    void setVerdict(int row, MaterialChecklist::Verdict verdict, const QString &reason);
    void mapFile(int row, const QString &fileId);
    void markReused(int row, const QString &source);
    // The material the clerk is on.
    int currentRow() const;

Q_SIGNALS:
    void changed();
    void mapShownFileRequested(int row);
    void reuseRequested(int row);
    void correctionRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void readRow(int row);

    QList<QAction *> m_verdictActions; // Alt+1 合格, Alt+2 缺失, Alt+3 需补正
    MaterialChecklist m_checklist;
    QHash<QString, QString> m_fileNames;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_correct;
    bool m_filling = false;
};

} // namespace casedesk
