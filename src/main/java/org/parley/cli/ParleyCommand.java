package org.parley.cli;

public class ParleyCommand {
  public static void main(String[] args) {}
}
