#pragma once

#include <QString>

namespace casedesk {

class Database;

// The full-text index of the cached cases (申报号, applicant, item, material names; FTS5
// trigrams). Kept row by row by the schema's triggers, except after a large pull: indexing a
// hundred thousand rows one by one costs more than building the index once afterwards, so the
// sync engine defers it at the start of such a pull and builds it in chunks at the end. While
// deferred, the index covers the rows up to a rowid (a search finds only those) and the
// triggers keep exactly those up to date, so a crash or a concurrent writer at any point
// leaves an index that the next build completes.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db) : m_db(db) { }

    // Empties the index and stops the triggers for every row; false, with why, when the cache
    // cannot be written.
    bool defer(QString *error);
    // False while a build is due or under way: a search may miss cases.
    bool isComplete() const;
    // Indexes the rows a deferral left out, `chunk` rows per transaction so that a local write
    // never waits long for the lock. Nothing to do when complete.
    bool build(QString *error, int chunk = 20000);

private:
    Database &m_db;
};

} // namespace casedesk
