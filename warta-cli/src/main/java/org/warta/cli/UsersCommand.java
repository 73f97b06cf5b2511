package org.warta.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.warta.store.AccountRepository;
import org.warta.web.admin.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warta users add --admin <name>}: makes an account for the web admin. The password is asked
 * twice on the terminal (never echoed), or read from the first line of standard input when that is
 * not a terminal (for scripts). There is no default account and no default password.
 */
@Command(
    name = "users",
    description = "Manage the accounts of the web admin.",
    subcommands = {UsersCommand.Add.class})
public final class UsersCommand implements WartaSubcommand.HasGlobalOptions {
  @Mixin GlobalOptions global = new GlobalOptions();

  @Override
  public GlobalOptions global() {
    return global;
  }

  /** {@code warta users add --admin <name>}. */
  @Command(
      name = "add",
      description =
          "Add an admin account; the password is asked on the terminal or read from the first line"
              + " of standard input.")
  static final class Add extends WartaSubcommand {
    @Option(names = "--admin", description = "The account may use the admin (required for now)")
    boolean admin;

    @Parameters(paramLabel = "<name>", description = "User name: letters, digits, . - _")
    String name = "";

    @Override
    protected int run(App app) throws IOException {
      if (!admin) {
        throw new UserError(
            "only admin accounts exist so far: run 'warta users add --admin " + name + "'");
      }
      String problem = Accounts.nameProblem(name);
      if (!problem.isEmpty()) {
        throw new UserError(problem);
      }
      char[] password = password();
      try {
        AccountRepository.User user = Accounts.addAdmin(app.store(), name, password);
        console.println("added the admin '" + user.name() + "'; sign in at /admin/login");
        return 0;
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage(), e);
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    private char[] password() throws IOException {
      java.io.Console terminal = System.console();
      if (terminal != null && terminal.isTerminal()) {
        char[] first = terminal.readPassword("Password for %s: ", name);
        char[] again = terminal.readPassword("Repeat the password: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
          throw new UserError("the two passwords differ; nothing was changed");
        }
        Arrays.fill(again, '\0');
        return first;
      }
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new UserError(
            "no password on standard input: pipe it in (e.g. from a password manager) or run"
                + " the command on a terminal");
      }
      return line.toCharArray();
    }
  }
}
