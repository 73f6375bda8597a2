#include "CaseRefetch.h"

#include "platform/PlatformClient.h"
#include "store/CaseStore.h"

#include <QCoreApplication>

#include <memory>

namespace casedesk {

namespace {
struct State
{
    PlatformClient &client;
    CaseStore &store;
    QStringList ids;
    std::function<void(const CaseRefetch::Outcome &)> done;
    CaseRefetch::Outcome outcome;
};

void next(std::shared_ptr<State> state)
{
    if (state->ids.isEmpty()) {
        state->done(state->outcome);
        return;
    }
    const QString id = state->ids.takeFirst();
    state->client.fetchCase(
            id, {}, [state, id](const CaseRecord &record, const PlatformError &error) {
                CacheBatch batch;
                if (error.kind == PlatformError::Kind::NotFound) {
                    batch.deletedCases.append(id);
                } else if (error.kind == PlatformError::Kind::Malformed) {
                    state->outcome.unreadable.append({id, error.message});
                    next(state);
                    return;
                } else if (error.isError()) {
                    state->outcome.error = error.message;
                    state->done(state->outcome);
                    return;
                } else if (record.data.id != id) {
                    state->outcome.unreadable.append(
                            {id,
                             QCoreApplication::translate(
                                     "CaseRefetch", "The platform answered with another case.")});
                    next(state);
                    return;
                } else {
                    batch.cases.append({record.data, record.json});
                }
                QString storeError;
                if (!state->store.apply(batch, &storeError)) {
                    state->outcome.error = storeError;
                    state->done(state->outcome);
                    return;
                }
                (batch.cases.isEmpty() ? state->outcome.gone : state->outcome.kept).append(id);
                next(state);
            });
}
} // namespace

void CaseRefetch::run(PlatformClient &client, CaseStore &store, QStringList ids,
                      std::function<void(const Outcome &)> done)
{
    next(std::make_shared<State>(State{client, store, std::move(ids), std::move(done), {}}));
}

} // namespace casedesk
