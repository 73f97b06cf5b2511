package org.warta.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.web.admin.Accounts;
import org.warta.web.fixture.WritableSite;

/** The admin in Chromium: sign in, add a source through the form, see it on the dashboard. */
class AdminFlowTest {
  @TempDir Path dir;

  @Test
  void anAdminSignsInAndAddsASource() {
    try (Chromium chromium = Chromium.start();
        WritableSite site = new WritableSite(dir)) {
      Accounts.addAdmin(site.store, "redaksi", "kata-sandi-yang-panjang".toCharArray());
      BrowserContext context = chromium.context();
      Page page = context.newPage();
      List<String> errors = Chromium.errors(page);
      page.navigate(site.http.base() + "/admin/sources");
      page.waitForURL("**/admin/login?next=%2Fadmin%2Fsources");
      Chromium.screenshot(page, "30-admin-login");
      page.locator("#name").fill("redaksi");
      page.locator("#password").fill("kata-sandi-yang-panjang");
      page.locator("form.login button").click();
      page.waitForURL("**/admin/sources");
      page.locator("#url").fill(site.feedUrl());
      page.locator("form.add-source button").click();
      page.waitForLoadState();
      assertThat(page.locator("p.message").textContent()).contains("feed");
      assertThat(page.locator("table.status tbody tr").count()).isEqualTo(1);
      assertThat(page.locator("table.status tbody th a").textContent())
          .isEqualTo("Warta Uji Loopback");
      Chromium.screenshot(page, "31-admin-sources");
      page.locator("button[value=pause]").click();
      page.waitForLoadState();
      assertThat(page.locator("table.status tbody td").first().textContent()).isEqualTo("dijeda");
      page.navigate(site.http.base() + "/admin");
      assertThat(page.locator("svg.chart").count()).isEqualTo(1);
      Chromium.screenshot(page, "32-admin-dashboard");
      page.navigate(site.http.base() + "/admin/keys");
      page.locator("#keyname").fill("importir");
      page.locator("form.add-key button").click();
      page.waitForLoadState();
      assertThat(page.locator("code.key").textContent()).startsWith("wk_");
      Chromium.screenshot(page, "33-admin-keys");
      page.locator("nav.admin-nav button").click();
      page.waitForURL(site.http.base() + "/");
      page.navigate(site.http.base() + "/admin");
      assertThat(page.url()).contains("/admin/login");
      assertThat(errors).isEmpty();
      context.close();
    }
  }
}
