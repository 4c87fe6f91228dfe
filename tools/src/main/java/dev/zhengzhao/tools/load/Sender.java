package dev.zhengzhao.tools.load;

/** What a load loop drives: one request, answering its HTTP status, or -1 when it failed. */
interface Sender {
    int send();
}
