#pragma once

#include "platform/PlatformTypes.h"

#include <QString>

#include <optional>

namespace casedesk {

class Database;

// 文号 for notices: per department, kind and year, never two notices with one number, also
// when two workstations issue offline. The scheme: the platform hands out disjoint blocks
// (POST /api/v1/notice-numbers); each workstation keeps its blocks in its cache and numbers from
// them without the network. A number is taken in a transaction, so two windows of one profile
// never take the same one either. Unused numbers of a block stay unused.
class NoticeNumbers
{
public:
    explicit NoticeNumbers(Database &db) : m_db(db) { }

    // Keeps a block the platform reserved.
    bool addBlock(const NumberBlock &block);
    // The next number, formatted (城关市监补字〔2026〕第0012号); empty when no block has one left.
    std::optional<QString> take(const QString &kind, int year);
    // Numbers left for this kind and year, to know when to reserve the next block.
    int remaining(const QString &kind, int year) const;

    // The refill policy: a kind is topped up (a block of kBlockSize) as soon as fewer than
    // kLowWater numbers of the year are left, so a clerk who goes offline can still issue.
    static constexpr int kLowWater = 10;
    static constexpr int kBlockSize = 20;
    bool needsTopUp(const QString &kind, int year) const
    {
        return remaining(kind, year) < kLowWater;
    }

    static QString format(const QString &prefix, int year, qint64 number);

private:
    Database &m_db;
};

} // namespace casedesk
