package io.jingwu.api.platform.personal;

