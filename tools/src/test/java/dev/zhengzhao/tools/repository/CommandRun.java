package dev.zhengzhao.tools.repository;

import dev.zhengzhao.tools.Zz;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the real {@code zz} command line with its output captured. */
record CommandRun(int exit, String out, String err) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Zz.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    String lastOutLine() {
        List<String> lines = out.lines().toList();
        return lines.isEmpty() ? "" : lines.getLast();
    }
}
