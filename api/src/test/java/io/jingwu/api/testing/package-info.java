package io.jingwu.api.testing;

