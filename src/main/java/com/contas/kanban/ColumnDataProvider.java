package com.contas.kanban;

import java.io.Serializable;
import java.util.List;

/** Lazy items per column: the board asks for a column's first cards, then more on demand. */
public interface ColumnDataProvider<T, C> extends Serializable {

    /** The cards of {@code column} from {@code offset}, at most {@code limit} of them, in order. */
    List<T> fetch(C column, int offset, int limit);

    /** How many cards {@code column} holds in all. */
    long count(C column);
}
