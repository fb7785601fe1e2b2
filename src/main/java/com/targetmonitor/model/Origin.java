package com.targetmonitor.model;

import java.util.Objects;

/** Where an observation came from: the seeds, typed in, or an import batch (with its id). */
public record Origin(OriginKind kind, Long importBatchId) {

    public static final Origin SEED = new Origin(OriginKind.SEED, null);
    public static final Origin TYPED = new Origin(OriginKind.TYPED, null);

    public Origin {
        Objects.requireNonNull(kind, "kind");
        if (kind == OriginKind.IMPORT && importBatchId == null) {
            throw new IllegalArgumentException("an imported value names its import batch");
        }
    }

    public static Origin importBatch(long batchId) {
        return new Origin(OriginKind.IMPORT, batchId);
    }
}
