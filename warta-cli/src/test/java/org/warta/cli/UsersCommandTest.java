package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;
import org.warta.web.security.PasswordHash;

/** {@code warta users add --admin <name>} with the password on standard input. */
class UsersCommandTest {
  @TempDir Path data;

  int warta(String stdin, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      var cli = WartaCommand.commandLine();
      cli.setErr(new PrintWriter(new StringWriter(), true));
      String[] all = new String[args.length + 2];
      all[0] = "--data";
      all[1] = data.toString();
      System.arraycopy(args, 0, all, 2, args.length);
      return cli.execute(all);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void addsAnAdminWhosePasswordIsStoredOnlyAsAHash() {
    assertThat(warta("kata-sandi-yang-panjang\n", "users", "add", "--admin", "redaksi")).isZero();
    try (Store store = Store.open(DatabaseUrl.sqliteIn(data))) {
      var user = store.accounts().findUser("redaksi").orElseThrow();
      assertThat(user.admin()).isTrue();
      assertThat(user.passwordHash()).doesNotContain("kata-sandi");
      assertThat(PasswordHash.verify("kata-sandi-yang-panjang".toCharArray(), user.passwordHash()))
          .isTrue();
    }
  }

  @Test
  void refusesWhatWouldMakeAWeakOrUnclearAccount() {
    assertThat(warta("kata-sandi-yang-panjang\n", "users", "add", "redaksi")).isEqualTo(1);
    assertThat(warta("pendek\n", "users", "add", "--admin", "redaksi")).isEqualTo(1);
    assertThat(warta("", "users", "add", "--admin", "redaksi")).isEqualTo(1);
    assertThat(warta("kata-sandi-yang-panjang\n", "users", "add", "--admin", "bukan nama"))
        .isEqualTo(1);
    assertThat(warta("kata-sandi-yang-panjang\n", "users", "add", "--admin", "redaksi")).isZero();
    assertThat(warta("kata-sandi-lain-lagi\n", "users", "add", "--admin", "redaksi")).isEqualTo(1);
    try (Store store = Store.open(DatabaseUrl.sqliteIn(data))) {
      assertThat(store.accounts().users()).hasSize(1);
    }
  }
}
