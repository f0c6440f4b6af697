package com.salesflow.pipeline;

import java.util.List;

/** One page of a list, with the total count for paging. */
record PageView<T>(List<T> items, int page, int size, long total) {}
