package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateFinderTest {
  @Test
  void findsTheUsualNewsForms() {
    assertEquals(Optional.of(LocalDate.of(2017, 6, 1)), DateFinder.find("2017.06.01 / 09:12"));
    assertEquals(Optional.of(LocalDate.of(2017, 10, 15)), DateFinder.find("Sunday, October 15, 2017"));
    assertEquals(Optional.of(LocalDate.of(2017, 10, 15)), DateFinder.find("Sun Oct 15, 2017 11:03AM"));
    assertEquals(Optional.of(LocalDate.of(2020, 3, 1)), DateFinder.find("۱۱ اسفند ۱۳۹۸ - ۱۱:۳۴ 01 March 2020"));
    assertEquals(Optional.empty(), DateFinder.find("MOSCOW, Jun. 01 (MNA)"));
    assertEquals(Optional.empty(), DateFinder.find("2017-02-30"), "not a calendar date");
  }

  @Test
  void parsesColumnsInUsOrder() {
    assertEquals(Optional.of(LocalDate.of(2017, 4, 5)), DateFinder.parseColumn("4/5/2017"));
    assertEquals(Optional.of(LocalDate.of(2016, 8, 15)), DateFinder.parseColumn("2016-08-15"));
    assertEquals(Optional.empty(), DateFinder.parseColumn("soon"));
  }

  @Test
  void dateLinesAreMostlyDate() {
    assertTrue(DateFinder.isDateLine("Sun Oct 15, 2017 11:03AM"));
    assertTrue(DateFinder.isDateLine("Sunday, October 15, 2017"));
    assertFalse(DateFinder.isDateLine("The assault began on June 6, 2017 and lasted months."));
  }
}
