/*
 * A batch cursor step for LMDB, compiled into the same liblmdb.so as LMDB itself (Directory.Build.targets).
 *
 * Why: a managed scan pays one managed-to-native transition and LightningDB's result marshalling per
 * record (about 90 ns of the replay budget, docs/benchmarks.md §3), while mdb_cursor_get itself costs
 * a few nanoseconds. One call here steps the cursor up to `capacity` times and hands back where each
 * key and value lies, so the transition is paid once per batch.
 *
 * Invariant the caller relies on: in a read-only transaction LMDB's pages never change or move, so a
 * returned pointer stays valid until the transaction ends, not only until the next cursor operation.
 * The caller must not use it in a write transaction (a put may split or rewrite a page it points into).
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include "lmdb.h"

/* LMDB's page size on the platforms we build for, and a cache line. */
#define SPECS_PAGE_BYTES 4096
#define SPECS_CACHE_LINE_BYTES 64

/*
 * LMDB fills each page from its end, so a scan walks a page's memory backwards and the hardware
 * prefetcher never catches on. Requesting the whole page when the walk enters it made sequential scans
 * 2-2.7x faster in the LMDB spike (research-notes/spike-lmdb.md §3). The managed cursor used to do this
 * per record it handed out; with batches the walk happens here, ahead of the managed side, so it is here.
 */
static void specs_prefetch_page(uintptr_t page)
{
    for (uintptr_t line = 0; line < SPECS_PAGE_BYTES; line += SPECS_CACHE_LINE_BYTES) {
        __builtin_prefetch((const void *)(page + line), 0, 3);
    }
}

/* Where one record lies in the map; the layout is mirrored by LmdbBatchCursor.Pair in C#. */
typedef struct specs_lmdb_pair {
    const void *key;
    size_t key_size;
    const void *value;
    size_t value_size;
} specs_lmdb_pair;

/*
 * Steps `cursor` with `op` (MDB_NEXT or MDB_PREV) until `capacity` records are filled into `pairs` or
 * the step fails. `*filled` is always set to the number of records filled. Returns MDB_SUCCESS when the
 * batch is full, MDB_NOTFOUND when the database ran out first, or LMDB's error code (the filled records
 * before the error are still valid).
 */
int specs_lmdb_cursor_step_batch(MDB_cursor *cursor, int op, specs_lmdb_pair *pairs, int capacity, int *filled)
{
    MDB_val key;
    MDB_val value;
    uintptr_t prefetched_page = 0;
    int count = 0;
    int code = MDB_SUCCESS;
    if (op != MDB_NEXT && op != MDB_PREV) {
        *filled = 0;
        return EINVAL;
    }

    while (count < capacity) {
        code = mdb_cursor_get(cursor, &key, &value, (MDB_cursor_op)op);
        if (code != MDB_SUCCESS) {
            break;
        }

        uintptr_t page = (uintptr_t)key.mv_data & ~(uintptr_t)(SPECS_PAGE_BYTES - 1);
        if (page != prefetched_page) {
            specs_prefetch_page(page);
            prefetched_page = page;
        }

        pairs[count].key = key.mv_data;
        pairs[count].key_size = key.mv_size;
        pairs[count].value = value.mv_data;
        pairs[count].value_size = value.mv_size;
        count++;
    }

    *filled = count;
    return code;
}
